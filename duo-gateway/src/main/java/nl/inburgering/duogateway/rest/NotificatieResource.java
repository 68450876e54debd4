package nl.inburgering.duogateway.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.cert.Certificate;
import javax.net.ssl.SSLPeerUnverifiedException;
import nl.inburgering.duogateway.service.NotificationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * DUO's Notificatie API 1.8.0, which a municipality implements (rules §10: "Notificering"): {@code POST
 * /notificaties} under this gateway's base path {@code /duo/v1} ({@code https://{host}/{major}}, as DUO's own APIs).
 * DUO's contract, not ours: its headers, its answers (201, 400, 401, 403 with {@code API-Version} and no body, as
 * the document defines none; 503 with a Foutmelding when we cannot store it now), no bearer token (DUO authenticates
 * with its PKIoverheid certificate).
 */
@Path("/duo/v1/notificaties")
@Tag(name = "DUO Notificatie API (inbound)")
public class NotificatieResource {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(NotificatieResource.class);

    /** The version of DUO's Notificatie document this endpoint implements. */
    public static final String API_VERSION = "1.8.0";

    @Inject
    NotificationService service;

    @Context
    HttpServerRequest request;

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Receive a DUO notification (opvoeren notificatie)",
            description = "DUO's Notificatie API 1.8.0 (operationId opvoerenNotificatie): headers bron, doel, berichtId; "
                    + "body Notificatie (registratieDatumTijd, gebeurtenisId, bsn, vNummer). Stored before the 201 and "
                    + "processed afterwards; the same berichtId again is answered 201 and changes nothing.")
    @APIResponse(responseCode = "201", description = "Opvoeren notificatie gelukt")
    @APIResponse(responseCode = "400", description = "Het verzoek voldoet niet aan de specificatie")
    @APIResponse(responseCode = "401", description = "De afzender kan niet geauthentiseerd en/of geïdentificeerd worden")
    @APIResponse(responseCode = "403", description = "Niet geautoriseerd")
    @APIResponse(responseCode = "503", description = "Tijdelijk niet beschikbaar (Foutmelding): DUO tries again")
    public Uni<Response> receive(@HeaderParam("bron") String bron, @HeaderParam("doel") String doel,
            @HeaderParam("berichtId") String berichtId, @HeaderParam("Content-Type") String contentType, String body) {
        return Uni.createFrom().deferred(() -> service.receive(new NotificationService.Received(bron, doel, berichtId,
                        contentType, body, clientCertificates())))
                .map(status -> Response.status(status).header("API-Version", API_VERSION).build())
                .onFailure().recoverWithItem(NotificatieResource::unavailable);
    }

    /**
     * Whatever failed on our side (the database away, an internal error): DUO's document answers 503 with a
     * Foutmelding (and API-Version), never the kit's problem+json, so DUO's client treats it as "try again later"
     * and the notification is not lost (nothing was stored: the 201 comes only after the commit).
     */
    static Response unavailable(Throwable cause) {
        LOG.warnf("DUO notification not stored, answered 503: %s", cause.getClass().getSimpleName());
        return Response.status(503).header("API-Version", API_VERSION).type(MediaType.APPLICATION_JSON)
                .entity("{\"fouttekst\":\"De notificatie kon tijdelijk niet worden verwerkt; probeer het later "
                        + "opnieuw.\"}").build();
    }

    /** Failures before the method runs (reading the request) get DUO's answer too, not the kit's problem+json. */
    @ServerExceptionMapper
    public Response failure(Throwable cause) {
        if (cause instanceof jakarta.ws.rs.WebApplicationException w && w.getResponse().getStatus() < 500) {
            return Response.status(w.getResponse().getStatus()).header("API-Version", API_VERSION).build();
        }
        return unavailable(cause);
    }

    private Certificate[] clientCertificates() {
        try {
            return request.isSSL() && request.sslSession() != null ? request.sslSession().getPeerCertificates() : null;
        } catch (SSLPeerUnverifiedException e) {
            return null;
        }
    }
}
