package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.contracts.vocabulary.ObligationEndReason;

/**
 * {@code nl.inburgering.participant.obligation-ended}: the inburgeringsplicht ended without completion
 * (naturalised, AOW age, left the country, died, withdrawn). Published by pip-service; closes the term.
 *
 * @param participantId the inburgeringsplichtige
 * @param reason        reden einde inburgeringsplicht
 * @param endedOn       einddatum inburgeringsplicht
 */
public record ParticipantObligationEnded(
        UUID participantId,
        ObligationEndReason reason,
        LocalDate endedOn) implements EventPayload {

    public ParticipantObligationEnded {
        Checks.required(participantId, "participantId");
        Checks.required(reason, "reason");
        Checks.required(endedOn, "endedOn");
    }
}
