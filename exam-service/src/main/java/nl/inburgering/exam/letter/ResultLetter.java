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
 * @param nextAttempt     who pays a resit; required unless PASSED (ignored then)
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
                           NextAttempt nextAttempt) {

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
        if (outcome != ExamOutcome.PASSED && nextAttempt == null) {
            throw new IllegalArgumentException("a letter for " + outcome + " must say who pays the resit");
        }
        if (participantName != null && participantName.isBlank()) {
            participantName = null;
        }
    }
}
