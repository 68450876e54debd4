package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code nl.inburgering.term.started}: the inburgeringstermijn started, the day after the dagtekening of the
 * initial PIP, for three years. Published by deadline-service.
 *
 * @param participantId    the inburgeringsplichtige
 * @param startDate        startdatum inburgeringstermijn (first day inside the term)
 * @param endDateExclusive the first day <em>after</em> the term (einddatum, exclusive)
 */
public record TermStarted(UUID participantId, LocalDate startDate, LocalDate endDateExclusive)
        implements EventPayload {

    public TermStarted {
        Checks.required(participantId, "participantId");
        Checks.required(startDate, "startDate");
        Checks.required(endDateExclusive, "endDateExclusive");
    }
}
