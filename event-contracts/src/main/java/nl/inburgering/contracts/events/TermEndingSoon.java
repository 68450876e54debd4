package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code nl.inburgering.term.ending-soon}: the inburgeringstermijn ends within two months and the participant has
 * not completed. Published by deadline-service's scheduled check (reminder).
 *
 * @param participantId    the inburgeringsplichtige
 * @param endDateExclusive the first day after the term
 */
public record TermEndingSoon(UUID participantId, LocalDate endDateExclusive) implements EventPayload {

    public TermEndingSoon {
        Checks.required(participantId, "participantId");
        Checks.required(endDateExclusive, "endDateExclusive");
    }
}
