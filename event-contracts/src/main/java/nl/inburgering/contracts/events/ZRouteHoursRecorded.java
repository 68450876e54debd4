package nl.inburgering.contracts.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.FollowedHoursKind;

/**
 * {@code nl.inburgering.zroute.hours-recorded}: hours of one kind were registered for the participant (gevolgde uren).
 * Published by pip-service with the new total of that kind, as DUO's GevolgdeUren API takes it ("het totaal aantal
 * gevolgde uren"), so a consumer never adds up events.
 *
 * @param participantId the inburgeringsplichtige
 * @param kind          which hours (COURSE, PARTICIPATION, INTAKE_LANGUAGE)
 * @param totalHours    every registered hour of this kind so far (quarter hours)
 * @param recordedOn    the day the hours were registered (Europe/Amsterdam)
 */
public record ZRouteHoursRecorded(UUID participantId, FollowedHoursKind kind, BigDecimal totalHours,
        LocalDate recordedOn) implements EventPayload {

    public ZRouteHoursRecorded {
        Checks.required(participantId, "participantId");
        Checks.required(kind, "kind");
        Checks.notNegative(totalHours, "totalHours");
        Checks.required(recordedOn, "recordedOn");
    }
}
