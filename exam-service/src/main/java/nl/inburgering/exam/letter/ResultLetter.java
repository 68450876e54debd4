package nl.inburgering.exam.letter;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.NoResultReason;
import nl.inburgering.exam.domain.rules.ExamCatalogue;

/**
 * The facts of one result letter. No BSN: the participant is referred to by {@code participantId} (DESIGN §1).
 *
 * @param participantId   the participant's reference, printed as "Kenmerk / Reference"
 * @param participantName display name if known; null or blank gives "Beste kandidaat" / "Dear candidate"
 * @param component       the exam component
 * @param level           A2/B1/B2; null for KNM
 * @param examDate        the exam date
 * @param outcome         PASSED, FAILED or NO_RESULT
 * @param noResultReason  required with NO_RESULT, absent otherwise
 * @param score           optional
 * @param resultDate      the date of the result
 * @param nextAttempt     who pays a resit (for a pass below the required level: an attempt at that level);
 *                        required unless the component is passed at the required level (ignored then)
 * @param requiredLevel   the level the participant's current PIP requires for this component; null for KNM or
 *                        when no PIP level is known. A pass below it does not complete the component (§3.1, §3.2)
 */
public record ResultLetter(UUID participantId,
                           String participantName,
                           ExamComponent component,
                           LanguageLevel level,
                           LocalDate examDate,
                           ExamOutcome outcome,
                           NoResultReason noResultReason,
                           Integer score,
                           LocalDate resultDate,
                           NextAttempt nextAttempt,
                           LanguageLevel requiredLevel) {

    public ResultLetter {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(examDate, "examDate");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(resultDate, "resultDate");
        ExamCatalogue.requireValid(component, level);
        if ((outcome == ExamOutcome.NO_RESULT) != (noResultReason != null)) {
            throw new IllegalArgumentException("a no-result reason belongs to, and only to, outcome NO_RESULT");
        }
        // The fields are assigned only after this compact constructor: judge the parameters.
        if (!done(outcome, level, requiredLevel) && nextAttempt == null) {
            throw new IllegalArgumentException("a letter for " + outcome
                    + (outcome == ExamOutcome.PASSED ? " below the required level" : "") + " must say who pays the resit");
        }
        if (participantName != null && participantName.isBlank()) {
            participantName = null;
        }
    }

    /** Whether this pass is below the level the plan requires for the component (issue 8 item 8c). */
    public boolean passedBelowRequiredLevel() {
        return below(outcome, level, requiredLevel);
    }

    /** Whether the participant needs to do nothing more for this component: passed at (or above) the required level. */
    public boolean componentDone() {
        return done(outcome, level, requiredLevel);
    }

    /** {@link #componentDone()} before a letter exists: whether a letter for this result needs a next attempt. */
    public static boolean done(ExamOutcome outcome, LanguageLevel level, LanguageLevel requiredLevel) {
        return outcome == ExamOutcome.PASSED && !below(outcome, level, requiredLevel);
    }

    private static boolean below(ExamOutcome outcome, LanguageLevel level, LanguageLevel requiredLevel) {
        return outcome == ExamOutcome.PASSED && level != null && requiredLevel != null && !level.atLeast(requiredLevel);
    }
}
