package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Payer;

/**
 * {@code nl.inburgering.exam.registered}: the participant was registered (aangemeld) for an exam component.
 * Published by exam-service.
 *
 * @param participantId  the inburgeringsplichtige
 * @param registrationId the examenaanmelding
 * @param component      examenonderdeel
 * @param level          taalniveau of the exam; required for a language component, absent for KNM
 * @param examDate       examendatum
 * @param attemptNumber  which poging at this component (1 = first)
 * @param payer          who pays this attempt (gemeente or inburgeraar; N6, N7)
 * @param feeCents       examengeld of this attempt in euro cents (N6: €50), whoever pays; {@code payer} says who does
 */
public record ExamRegistered(
        UUID participantId,
        UUID registrationId,
        ExamComponent component,
        @OptionalField LanguageLevel level,
        LocalDate examDate,
        int attemptNumber,
        Payer payer,
        long feeCents) implements EventPayload {

    public ExamRegistered {
        Checks.required(participantId, "participantId");
        Checks.required(registrationId, "registrationId");
        Checks.required(component, "component");
        Checks.levelMatchesComponent(component, level);
        Checks.required(examDate, "examDate");
        Checks.atLeast(attemptNumber, 1, "attemptNumber");
        Checks.required(payer, "payer");
        Checks.atLeast(feeCents, 0L, "feeCents");
    }
}
