package nl.inburgering.kit.inbox;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import nl.inburgering.contracts.envelope.CloudEvent;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.events.EventPayload;
import nl.inburgering.contracts.events.EventType;
import org.jboss.logging.Logger;

/**
 * A consumer's handler table: which event types it handles, each with a typed handler. The payload is bound
 * once, by the {@link EventType} that names its class; types the table does not list (or that this version of
 * the contracts does not know, e.g. a newer producer's) are skipped here, in one place. Handlers run inside
 * {@link IdempotentConsumer}'s transaction.
 *
 * <pre>{@code
 * EventHandlers handlers = EventHandlers.of(CONSUMER)
 *         .on(ExamResultRecorded.class, (result, meta) -> facts.examPassed(result, meta.time()))
 *         .on(ExemptionGranted.class, facts::exempted);
 * }</pre>
 */
public final class EventHandlers {

    private static final Logger LOG = Logger.getLogger(EventHandlers.class);

    /** The envelope facts a handler may need besides the payload. */
    public record EventMeta(String id, String source, Instant time) {
    }

    private final String consumer;
    private final Map<EventType, BiFunction<EventPayload, EventMeta, Uni<Void>>> table = new EnumMap<>(EventType.class);

    private EventHandlers(String consumer) {
        this.consumer = consumer;
    }

    /** An empty table for the consumer of this name (processed_event.consumer). */
    public static EventHandlers of(String consumer) {
        return new EventHandlers(consumer);
    }

    /** Handles events whose payload is {@code payloadClass}; one handler per type. */
    @SuppressWarnings("unchecked")
    public <T extends EventPayload> EventHandlers on(Class<T> payloadClass, BiFunction<T, EventMeta, Uni<Void>> handler) {
        EventType type = EventType.of(payloadClass);
        if (table.putIfAbsent(type, (payload, meta) -> handler.apply((T) payload, meta)) != null) {
            throw new IllegalStateException(consumer + " has two handlers for " + type.type());
        }
        return this;
    }

    public String consumer() {
        return consumer;
    }

    /** The event types this table handles. */
    public java.util.Set<EventType> types() {
        return Collections.unmodifiableSet(table.keySet());
    }

    /**
     * Whether the event is of a type the contracts know and this table does not handle: one this consumer ignores by
     * design (every consumer of a topic sees every type on it). A type the contracts do not know (a newer producer's)
     * is not ignored here: it is claimed and skipped in {@link #handle}, so processed_event shows it was seen.
     */
    public boolean ignores(CloudEvent event) {
        return EventType.fromType(event.type()).map(type -> !table.containsKey(type)).orElse(false);
    }

    /** Binds the payload and calls its handler; an event type not in the table completes at once. */
    public Uni<Void> handle(CloudEvent event) {
        Optional<EventType> type = EventType.fromType(event.type());
        BiFunction<EventPayload, EventMeta, Uni<Void>> handler = type.map(table::get).orElse(null);
        if (handler == null) {
            LOG.debugf("%s: event type %s is not handled here, skipped", consumer, event.type());
            return Uni.createFrom().voidItem();
        }
        EventPayload payload = CloudEvents.payload(event, type.get().payloadClass());
        return handler.apply(payload, new EventMeta(event.id(), event.source(), event.time()));
    }
}
