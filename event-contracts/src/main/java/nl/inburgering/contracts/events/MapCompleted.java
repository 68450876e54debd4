package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code nl.inburgering.map.completed}: the MAP was afgerond with its eindgesprek. Published by map-service.
 *
 * @param participantId      the inburgeringsplichtige
 * @param finalInterviewDate datum eindgesprek MAP (DUO {@code DatumEindgesprekMAP})
 * @param culpableDelay      verwijtbaar (DUO {@code IndicatorVerwijtbaar}): {@code true}/{@code false} once
 *                           assessed, {@code null} (absent) when not assessed
 */
public record MapCompleted(
        UUID participantId,
        LocalDate finalInterviewDate,
        @OptionalField Boolean culpableDelay) implements EventPayload {

    public MapCompleted {
        Checks.required(participantId, "participantId");
        Checks.required(finalInterviewDate, "finalInterviewDate");
    }
}
