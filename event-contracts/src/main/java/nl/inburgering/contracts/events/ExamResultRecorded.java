package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.NoResultReason;

/**
 * {@code nl.inburgering.exam.result-recorded}: the uitslag of an exam attempt was recorded. Published by
 * exam-service; pip-service's completion check consumes it.
 *
 * @param participantId  the inburgeringsplichtige
 * @param registrationId the examenaanmelding this result belongs to
 * @param component      examenonderdeel
 * @param level          taalniveau; required for a language component, absent for KNM
 * @param examDate       examendatum
 * @param outcome        resultaat: geslaagd, gezakt or geen resultaat
 * @param noResultReason reden geen resultaat; present exactly when the outcome is {@code NO_RESULT}
 * @param resultDate     datum registratie uitslag
 * @param score          behaalde score, where the exam provider reports one
 */
public record ExamResultRecorded(
        UUID participantId,
        UUID registrationId,
        ExamComponent component,
        @OptionalField LanguageLevel level,
        LocalDate examDate,
        ExamOutcome outcome,
        @OptionalField NoResultReason noResultReason,
        LocalDate resultDate,
        @OptionalField Integer score) implements EventPayload {

    public ExamResultRecorded {
        Checks.required(participantId, "participantId");
        Checks.required(registrationId, "registrationId");
        Checks.required(component, "component");
        Checks.levelMatchesComponent(component, level);
        Checks.required(examDate, "examDate");
        Checks.required(outcome, "outcome");
        if (outcome == ExamOutcome.NO_RESULT && noResultReason == null) {
            throw new NullPointerException("noResultReason is required when outcome is NO_RESULT");
        }
        if (outcome != ExamOutcome.NO_RESULT && noResultReason != null) {
            throw new IllegalArgumentException("noResultReason must be absent unless outcome is NO_RESULT");
        }
        Checks.required(resultDate, "resultDate");
        Checks.atLeastOrNull(score, 0, "score");
    }
}
