package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code nl.inburgering.map.completion-withdrawn}: the municipality withdrew (or corrected away) the MAP final
 * interview (eindgesprek) that completed the MAP, so the MAP is no longer afgerond. Published by map-service. The
 * reason for the withdrawal is free text that may hold personal data and stays in map-service.
 *
 * <p>Consumers take the fact recorded last (CloudEvent {@code time}) of {@code map.completed} and this event: a
 * withdrawal recorded after a {@code map.completed} undoes it whatever order they arrive in, and a
 * {@code map.completed} recorded after the withdrawal completes the MAP again.
 *
 * @param participantId      the inburgeringsplichtige
 * @param finalInterviewDate datum eindgesprek MAP of the interview withdrawn (the {@code finalInterviewDate} of the
 *                           {@code map.completed} it undoes)
 * @param withdrawnOn        the day of the withdrawal (Europe/Amsterdam)
 */
public record MapCompletionWithdrawn(
        UUID participantId,
        LocalDate finalInterviewDate,
        LocalDate withdrawnOn) implements EventPayload {

    public MapCompletionWithdrawn {
        Checks.required(participantId, "participantId");
        Checks.required(finalInterviewDate, "finalInterviewDate");
        Checks.required(withdrawnOn, "withdrawnOn");
    }
}
