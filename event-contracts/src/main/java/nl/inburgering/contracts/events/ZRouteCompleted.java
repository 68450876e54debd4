package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code nl.inburgering.zroute.completed}: the zelfredzaamheidsroute was afgerond (final interview after the
 * required hours; DUO {@code datumAfrondingZroute}). Published by pip-service.
 *
 * @param participantId the inburgeringsplichtige
 * @param completedOn   datum afronding Z-route
 */
public record ZRouteCompleted(UUID participantId, LocalDate completedOn) implements EventPayload {

    public ZRouteCompleted {
        Checks.required(participantId, "participantId");
        Checks.required(completedOn, "completedOn");
    }
}
