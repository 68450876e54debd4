package nl.inburgering.contracts.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.contracts.vocabulary.PvtSessionKind;

/**
 * {@code nl.inburgering.pvt.session-attended}: the participant attended a session of the
 * participatieverklaringstraject (PVT). Published by pvt-service.
 *
 * @param participantId the inburgeringsplichtige
 * @param sessionId     the bijeenkomst
 * @param kind          kind of session (voorlichting/workshop or community walk)
 * @param date          datum of the session
 * @param hours         gevolgde uren, greater than 0; a decimal so half hours count (JSON number)
 */
public record PvtSessionAttended(
        UUID participantId,
        UUID sessionId,
        PvtSessionKind kind,
        LocalDate date,
        BigDecimal hours) implements EventPayload {

    public PvtSessionAttended {
        Checks.required(participantId, "participantId");
        Checks.required(sessionId, "sessionId");
        Checks.required(kind, "kind");
        Checks.required(date, "date");
        Checks.positive(hours, "hours");
    }
}
