package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.contracts.vocabulary.TermClosedOutcome;

/**
 * {@code nl.inburgering.term.closed}: the case was closed: completed on time or late, fully exempted, or the
 * obligation ended. Published by deadline-service.
 *
 * @param participantId the inburgeringsplichtige
 * @param outcome       how the term was closed
 * @param closedOn      the date the closing fact took effect (e.g. the completion date)
 */
public record TermClosed(UUID participantId, TermClosedOutcome outcome, LocalDate closedOn) implements EventPayload {

    public TermClosed {
        Checks.required(participantId, "participantId");
        Checks.required(outcome, "outcome");
        Checks.required(closedOn, "closedOn");
    }
}
