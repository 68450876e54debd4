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
 * @param previousMunicipalityReadableUntil the last day on which officers of the previous gemeente may still
 *                             read the participant (§11 E10; pip-service's {@code pip.previous-municipality-access}).
 *                             Optional, added in version 1: events published before it lack it, and a consumer
 *                             then assumes one month after {@code movedOn}.
 */
public record ParticipantMoved(
        UUID participantId,
        String fromMunicipalityCode,
        String toMunicipalityCode,
        LocalDate movedOn,
        @OptionalField LocalDate previousMunicipalityReadableUntil) implements EventPayload {

    /** A move without the read period (as published before that field existed). */
    public ParticipantMoved(UUID participantId, String fromMunicipalityCode, String toMunicipalityCode,
            LocalDate movedOn) {
        this(participantId, fromMunicipalityCode, toMunicipalityCode, movedOn, null);
    }

    public ParticipantMoved {
        Checks.required(participantId, "participantId");
        Checks.municipalityCode(fromMunicipalityCode, "fromMunicipalityCode");
        Checks.municipalityCode(toMunicipalityCode, "toMunicipalityCode");
        Checks.required(movedOn, "movedOn");
        if (previousMunicipalityReadableUntil != null && previousMunicipalityReadableUntil.isBefore(movedOn)) {
            throw new IllegalArgumentException("previousMunicipalityReadableUntil must not be before movedOn");
        }
    }

    /** The end of the previous municipality's read period, with the one-month default of events that lack it. */
    public LocalDate previousMunicipalityReadableUntilOrDefault() {
        return previousMunicipalityReadableUntil != null ? previousMunicipalityReadableUntil : movedOn.plusMonths(1);
    }
}
