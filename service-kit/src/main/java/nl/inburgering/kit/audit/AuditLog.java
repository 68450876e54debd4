package nl.inburgering.kit.audit;

import io.opentelemetry.api.trace.Span;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.inburgering.kit.security.Caller;

/**
 * Audit records for every read and change of personal data (DESIGN §6; BIO2 8.15.01: actor, action,
 * object, result, origin, time). Objects are named by id, never by BSN. Services do not call this directly:
 * {@link Audited} writes a success through the current reactive session (so a change and its record commit
 * together) and a refusal on a connection of its own (so it survives the rollback).
 */
@ApplicationScoped
public class AuditLog {

    public static final String SUCCESS = "SUCCESS";
    public static final String DENIED = "DENIED";
    public static final String REJECTED = "REJECTED";
    /** Succeeded against a rule the caller may set aside with reason; the rule code follows ("WARNING N15"). */
    public static final String WARNING_PREFIX = "WARNING ";

    private static final String INSERT = "insert into audit_record (id, at, actor, actor_role, action, object_type, "
            + "object_id, result, origin, trace_id, reason) values ";
    static final String INSERT_ONE = INSERT + "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";

    @Inject
    Instance<Caller> caller;

    @Inject
    Instance<HttpServerRequest> request;

    @Inject
    Pool pool;

    @Inject
    AuditGroupCommit groupCommit;

    /** A record of the current transaction (a consumer's or a job's change: actor "system"). */
    public Uni<Void> record(String action, String objectType, Object objectId, String result) {
        return record(action, objectType, objectId, result, null);
    }

    /** As {@link #record(String, String, Object, String)}, with why ({@code reason}: a code or short text, no BSN). */
    public Uni<Void> record(String action, String objectType, Object objectId, String result, String reason) {
        Entry e = entry(action, objectType, objectId, result, reason);
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT
                                + "(:id, :at, :actor, :role, :action, :objectType, :objectId, :result, :origin, :traceId, :reason)")
                        .setParameter("id", e.id)
                        .setParameter("at", e.at)
                        .setParameter("actor", e.actor)
                        .setParameter("role", e.role)
                        .setParameter("action", e.action)
                        .setParameter("objectType", e.objectType)
                        .setParameter("objectId", e.objectId)
                        .setParameter("result", e.result)
                        .setParameter("origin", e.origin)
                        .setParameter("traceId", e.traceId)
                        .setParameter("reason", e.reason)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** A record committed at once on its own pooled connection, outside any open transaction. */
    Uni<Void> recordOnOwnConnection(String action, String objectType, Object objectId, String result) {
        return recordOnOwnConnection(action, objectType, objectId, result, null);
    }

    /**
     * A record committed at once on its own pooled connection, with why: for work that runs outside a service's
     * transaction (duo-gateway's exchanges with DUO, each audited whatever its outcome).
     */
    public Uni<Void> recordOnOwnConnection(String action, String objectType, Object objectId, String result,
            String reason) {
        Tuple row = entry(action, objectType, objectId, result, reason).row();
        return pool.withConnection(c -> c.preparedQuery(INSERT_ONE).execute(row)).replaceWithVoid();
    }

    /**
     * A record committed together with those of other requests ({@link AuditGroupCommit}), outside any open
     * transaction; completes once it is durable. For reads, whose record is their only write.
     */
    Uni<Void> recordGrouped(String action, String objectType, Object objectId, String result) {
        return groupCommit.write(entry(action, objectType, objectId, result, null).row());
    }

    private record Entry(UUID id, OffsetDateTime at, String actor, String role, String action, String objectType,
            String objectId, String result, String origin, String traceId, String reason) {

        Tuple row() {
            return Tuple.tuple().addValue(id).addValue(at).addValue(actor).addValue(role).addValue(action)
                    .addValue(objectType).addValue(objectId).addValue(result).addValue(origin).addValue(traceId)
                    .addValue(reason);
        }
    }

    private Entry entry(String action, String objectType, Object objectId, String result, String reason) {
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
        return new Entry(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC), actor, role, action, objectType,
                objectId == null ? null : objectId.toString(), result, origin, traceId,
                reason == null ? null : reason.substring(0, Math.min(reason.length(), 200)));
    }
}
