package nl.inburgering.kit.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.inburgering.contracts.envelope.CloudEvent;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.events.EventType;
import nl.inburgering.contracts.events.EventPayload;
import jakarta.inject.Inject;
import nl.inburgering.kit.config.KitConfig;

/**
 * Appends an event to the transactional outbox (DESIGN §5). Call it inside the service's
 * {@code @WithTransaction}, after the state change: the row commits or rolls back with it, and the
 * {@link OutboxRelay} publishes it after commit. Never send to Kafka inside a transaction
 * (local-infra.md pitfall 1, quarkus-patterns P7).
 *
 * <p>Per-key order: rows get their {@code seq} when inserted. A service writes a participant's
 * aggregate row (locking it) before appending, so two transactions for one participant insert their
 * rows in commit order.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    KitConfig config;

    Clock clock = Clock.systemUTC();

    /** Appends the payload as a CloudEvent; returns the event's id. */
    public Uni<UUID> append(EventPayload payload) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        CloudEvent event = CloudEvents.wrap(config.eventSource(), payload, id, now);
        EventType type = EventType.of(payload.getClass());
        String json = CloudEvents.toJson(event);
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into outbox_event (id, topic, message_key, event_type, payload, trace_parent) "
                                + "values (:id, :topic, :key, :type, :payload, :traceParent)")
                .setParameter("id", id)
                .setParameter("topic", type.topic())
                .setParameter("key", payload.participantId().toString())
                .setParameter("type", type.type())
                .setParameter("payload", json)
                .setParameter("traceParent", TraceParents.current())
                .executeUpdate())
                .replaceWith(id);
    }
}
