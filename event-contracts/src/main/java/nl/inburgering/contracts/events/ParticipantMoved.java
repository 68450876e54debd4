package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code nl.inburgering.participant.moved}: the participant moved to another gemeente (verhuizing);
 * the new municipality takes over. Published by pip-service.
 *
 * @param participantId        the inburgeringsplichtige
 * @param fromMunicipalityCode vorige gemeente (CBS code)
 * @param toMunicipalityCode   nieuwe gemeente (CBS code)
 * @param movedOn              verhuisdatum
 */
public record ParticipantMoved(
        UUID participantId,
        String fromMunicipalityCode,
        String toMunicipalityCode,
        LocalDate movedOn) implements EventPayload {

    public ParticipantMoved {
        Checks.required(participantId, "participantId");
        Checks.municipalityCode(fromMunicipalityCode, "fromMunicipalityCode");
        Checks.municipalityCode(toMunicipalityCode, "toMunicipalityCode");
        Checks.required(movedOn, "movedOn");
    }
}
