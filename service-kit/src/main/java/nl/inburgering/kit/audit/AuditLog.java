package nl.inburgering.kit.audit;

import io.opentelemetry.api.trace.Span;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.inburgering.kit.security.Caller;

/**
 * Audit records for every read and change of personal data (DESIGN §6; BIO2 8.15.01: actor, action,
 * object, result, origin, time). Written through the current reactive session, so a change and its
 * audit record commit together. Objects are named by id, never by BSN.
 */
@ApplicationScoped
public class AuditLog {

    public static final String SUCCESS = "SUCCESS";
    public static final String DENIED = "DENIED";
    public static final String REJECTED = "REJECTED";

    @Inject
    Instance<Caller> caller;

    @Inject
    Instance<HttpServerRequest> request;

    public Uni<Void> record(String action, String objectType, Object objectId, String result) {
        String actor = "system";
        String role = null;
        String origin = null;
        try {
            Caller c = caller.get();
            actor = c.actor();
            role = c.primaryRole();
            origin = request.get().remoteAddress() == null ? null : request.get().remoteAddress().hostAddress();
        } catch (RuntimeException outsideRequest) {
            // Consumers and scheduled jobs act as "system": there is no request.
        }
        String traceId = Span.current().getSpanContext().isValid() ? Span.current().getSpanContext().getTraceId() : null;
        String finalActor = actor;
        String finalRole = role;
        String finalOrigin = origin;
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into audit_record (id, at, actor, actor_role, action, object_type, object_id, result, "
                                + "origin, trace_id) values (:id, :at, :actor, :role, :action, :objectType, :objectId, "
                                + ":result, :origin, :traceId)")
                .setParameter("id", UUID.randomUUID())
                .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("actor", finalActor)
                .setParameter("role", finalRole)
                .setParameter("action", action)
                .setParameter("objectType", objectType)
                .setParameter("objectId", objectId == null ? null : objectId.toString())
                .setParameter("result", result)
                .setParameter("origin", finalOrigin)
                .setParameter("traceId", traceId)
                .executeUpdate())
                .replaceWithVoid();
    }
}
