package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.inburgering.contracts.vocabulary.CompletionRequirement;

/**
 * {@code nl.inburgering.term.exceeded}: the inburgeringstermijn passed without completion (termijnoverschrijding).
 * Published by deadline-service's scheduled check; an extension decided later withdraws it.
 *
 * @param participantId    the inburgeringsplichtige
 * @param endDateExclusive the first day after the term, i.e. the day it was exceeded
 * @param outstanding      the requirements still open on that day (non-empty)
 */
public record TermExceeded(
        UUID participantId,
        LocalDate endDateExclusive,
        Set<CompletionRequirement> outstanding) implements EventPayload {

    public TermExceeded {
        Checks.required(participantId, "participantId");
        Checks.required(endDateExclusive, "endDateExclusive");
        outstanding = Checks.enumSet(CompletionRequirement.class, outstanding, "outstanding");
        if (outstanding.isEmpty()) {
            throw new IllegalArgumentException("outstanding must not be empty");
        }
    }
}
