package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code nl.inburgering.pvt.signing-withdrawn}: the municipality withdrew the signing of the participatieverklaring
 * (recorded in error), so the PVT is no longer completed. Published by pvt-service, only while integration is not
 * completed. The reason is free text that may hold personal data and stays in pvt-service.
 *
 * <p>Consumers take the fact recorded last (CloudEvent {@code time}) of {@code pvt.statement-signed} and this event:
 * a withdrawal recorded after a signing undoes it whatever order they arrive in, and a signing recorded after the
 * withdrawal completes the PVT again.
 *
 * @param participantId the inburgeringsplichtige
 * @param signedOn      datum ondertekening PVT of the signing withdrawn (the {@code signedOn} of the
 *                      {@code pvt.statement-signed} it undoes)
 * @param withdrawnOn   the day of the withdrawal (Europe/Amsterdam)
 */
public record PvtSigningWithdrawn(
        UUID participantId,
        LocalDate signedOn,
        LocalDate withdrawnOn) implements EventPayload {

    public PvtSigningWithdrawn {
        Checks.required(participantId, "participantId");
        Checks.required(signedOn, "signedOn");
        Checks.required(withdrawnOn, "withdrawnOn");
    }
}
