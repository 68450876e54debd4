package nl.inburgering.contracts.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code nl.inburgering.pvt.statement-signed}: the participatieverklaring was ondertekend, completing the PVT.
 * Published by pvt-service.
 *
 * @param participantId the inburgeringsplichtige
 * @param signedOn      datum ondertekening PVT (DUO {@code datumOndertekeningPvt})
 * @param hoursAttended total gevolgde uren in the PVT (JSON number)
 * @param culpableDelay verwijtbaar niet voldaan in time: {@code true}/{@code false} once assessed,
 *                      {@code null} (absent) when not assessed
 */
public record PvtStatementSigned(
        UUID participantId,
        LocalDate signedOn,
        BigDecimal hoursAttended,
        @OptionalField Boolean culpableDelay) implements EventPayload {

    public PvtStatementSigned {
        Checks.required(participantId, "participantId");
        Checks.required(signedOn, "signedOn");
        Checks.notNegative(hoursAttended, "hoursAttended");
    }
}
