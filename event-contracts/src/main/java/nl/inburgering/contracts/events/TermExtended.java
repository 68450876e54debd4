package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code nl.inburgering.term.extended}: the inburgeringstermijn was verlengd. Published by deadline-service.
 * An extension decided after expiry reopens the term.
 *
 * @param participantId            the inburgeringsplichtige
 * @param extensionId              the verlenging
 * @param ground                   grond verlenging, DUO's code (a string, so new DUO codes need no new type)
 * @param previousEndDateExclusive the exclusive end date before this extension
 * @param endDateExclusive         the new exclusive end date
 * @param decidedOn                datum besluit
 */
public record TermExtended(
        UUID participantId,
        UUID extensionId,
        String ground,
        LocalDate previousEndDateExclusive,
        LocalDate endDateExclusive,
        LocalDate decidedOn) implements EventPayload {

    public TermExtended {
        Checks.required(participantId, "participantId");
        Checks.required(extensionId, "extensionId");
        Checks.notBlank(ground, "ground");
        Checks.required(previousEndDateExclusive, "previousEndDateExclusive");
        Checks.required(endDateExclusive, "endDateExclusive");
        Checks.required(decidedOn, "decidedOn");
    }
}
