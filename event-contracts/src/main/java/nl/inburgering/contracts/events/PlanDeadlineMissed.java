package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code nl.inburgering.plan-deadline.missed}: no PIP was established within 10 weeks of DUO's kennisgeving (N5).
 * Published by deadline-service's scheduled check.
 *
 * @param participantId    the inburgeringsplichtige
 * @param notificationDate datum kennisgeving from which the 10 weeks ran
 * @param deadline         the last day on which the PIP was due
 */
public record PlanDeadlineMissed(UUID participantId, LocalDate notificationDate, LocalDate deadline)
        implements EventPayload {

    public PlanDeadlineMissed {
        Checks.required(participantId, "participantId");
        Checks.required(notificationDate, "notificationDate");
        Checks.required(deadline, "deadline");
    }
}
