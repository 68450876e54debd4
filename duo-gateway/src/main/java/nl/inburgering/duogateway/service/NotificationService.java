package nl.inburgering.duogateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.Certificate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.inburgering.duogateway.config.GatewayConfig;
import nl.inburgering.duogateway.domain.rules.NotificatieCheck;
import nl.inburgering.duogateway.repository.TaskRepository;
import nl.inburgering.duogateway.security.ChainPartner;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.AuditLog;
import io.quarkus.hibernate.reactive.panache.Panache;
import nl.inburgering.kit.privacy.BsnCipher;

/**
 * Receiving DUO's notifications (issue 13 item 2): who sent it (401 when the sender cannot be identified, 403 when it
 * is not DUO or not for us), whether DUO's document allows it (400), then stored in the request's transaction (the
 * BSN sealed) before the 201: a notification is never lost, and the same berichtId again is the same notification,
 * answered the same and processed once. Each one, accepted or refused, is audited.
 */
@ApplicationScoped
public class NotificationService {

    static final int MAX_BODY = 16 * 1024;

    public static final AuditAction RECEIVE = AuditAction.of("duo.notification.receive", "notification");

    /** What the request carried, besides the body. */
    public record Received(String bron, String doel, String berichtId, String contentType, String body,
            Certificate[] clientCertificates) {
    }

    @Inject
    GatewayConfig config;

    @Inject
    TaskRepository tasks;

    @Inject
    AuditLog audit;

    @Inject
    BsnCipher cipher;

    @Inject
    ObjectMapper json;

    /** @return the status DUO's Notificatie API gives: 201, 400, 401 or 403 */
    public Uni<Integer> receive(Received r) {
        if (config.duo().authentication().equals("mtls")) {
            Optional<String> sender = ChainPartner.oin(r.clientCertificates());
            if (sender.isEmpty()) {
                return refused(401, null, "no PKIoverheid client certificate with an OIN");
            }
            if (!sender.get().equals(r.bron())) {
                return refused(403, null, "bron is not the OIN of the client certificate");
            }
        }
        if (r.body() != null && r.body().length() > MAX_BODY) {
            // A Notificatie is four short fields; the kit's body limit covers /v1/ only, this endpoint sits beside it.
            return refused(400, null, "a body larger than " + MAX_BODY + " characters");
        }
        JsonNode body = parse(r.body());
        List<String> errors = NotificatieCheck.errors(r.bron(), r.doel(), r.berichtId(), r.contentType(), body);
        if (!errors.isEmpty()) {
            return refused(400, null, String.join("; ", errors));
        }
        if (!config.duo().oin().equals(r.bron()) || !config.municipality().oin().equals(r.doel())) {
            return refused(403, null, "not from DUO's OIN to ours");
        }
        UUID berichtId = UUID.fromString(r.berichtId());
        String code = body.path("gebeurtenisId").asText();
        byte[] sealed = body.hasNonNull("bsn") ? cipher.encrypt(body.path("bsn").asText()) : null;
        byte[] subject = body.hasNonNull("bsn") ? cipher.fingerprint(body.path("bsn").asText()) : null;
        // The vNummer is not kept: DUO's APIs are keyed by BSN, so the gateway has no use for it (data minimisation).
        ObjectNode kept = json.createObjectNode().put("gebeurtenisId", code)
                .put("registratieDatumTijd", body.path("registratieDatumTijd").asText()).put("bron", r.bron())
                .put("vNummer", body.hasNonNull("vNummer"));
        // A berichtId DUO sent before is the same notification (answered 201 again, stored once); its record says
        // so, and whether the body differed (DUO's document promises nothing there: the first stands).
        return Panache.withTransaction(() -> tasks.enqueueNotification(berichtId, code, sealed, subject,
                        kept.toString())
                .chain(isNew -> isNew ? Uni.createFrom().item(code) : tasks.sameNotification(berichtId, code, subject,
                        kept.toString()).map(same -> code + (same ? ": duplicate berichtId, the same notification"
                                : ": duplicate berichtId with another body; the first stands")))
                .chain(reason -> audit.record(RECEIVE.name(), RECEIVE.objectType(), berichtId, AuditLog.SUCCESS,
                        reason)))
                .replaceWith(201);
    }

    private Uni<Integer> refused(int status, Object objectId, String why) {
        return audit.recordOnOwnConnection(RECEIVE.name(), RECEIVE.objectType(), objectId,
                        status == 400 ? AuditLog.REJECTED : AuditLog.DENIED, status + ": " + why)
                .onFailure().recoverWithNull()
                .replaceWith(status);
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
