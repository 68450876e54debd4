package nl.inburgering.kit.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Function;
import nl.inburgering.contracts.envelope.CloudEvent;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.envelope.MalformedEventException;
import jakarta.inject.Inject;
import nl.inburgering.kit.config.KitConfig;
import org.jboss.logging.Logger;

/**
 * Consumes a CloudEvent at most once in effect (DESIGN §5). The event's {@code source + id} is
 * recorded in {@code processed_event} in the same transaction as the consumer's state change, so a
 * redelivered event changes nothing and a crash before commit leaves no trace.
 *
 * <p>Failures: a malformed event fails at once (it will never get better); any other failure is
 * retried a bounded number of times, each in a fresh transaction. A failure that remains fails the
 * returned {@code Uni}, the connector nacks the record, and {@code failure-strategy=dead-letter-queue}
 * moves it to {@code <topic>.dlq} with the reason in its headers while the consumer goes on. The offset
 * is committed only after this {@code Uni} completes.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    KitConfig config;

    /**
     * Parses the record value and runs {@code handler} once per event in a transaction.
     *
     * @param consumer a stable name of this consumer (one service may consume a topic in several ways)
     * @param value    the record value: a CloudEvent in structured JSON mode
     * @param handler  the state change; runs inside the transaction, must return its {@code Uni}
     */
    public Uni<Void> consume(String consumer, String value, Function<CloudEvent, Uni<Void>> handler) {
        CloudEvent event;
        try {
            event = CloudEvents.parse(value);
        } catch (MalformedEventException e) {
            LOG.warnf("%s: malformed event sent to the dead-letter topic: %s", consumer, e.getMessage());
            return Uni.createFrom().failure(e);
        }
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> claim(consumer, event)
                        .chain(first -> first ? handler.apply(event) : skip(consumer, event))))
                .onFailure(e -> !(e instanceof MalformedEventException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(config.inbox().maxRetries())
                .onFailure().invoke(e -> LOG.warnf("%s: event %s (%s) %s, sent to the dead-letter topic: %s",
                        consumer, event.id(), event.type(),
                        e instanceof MalformedEventException ? "is malformed" : "failed after " + config.inbox().maxRetries() + " retries",
                        e instanceof MalformedEventException ? e.getMessage() : e.getClass().getSimpleName()));
    }

    /** As {@link #consume(String, String, Function)}, with the handler table's typed handlers. */
    public Uni<Void> consume(String value, EventHandlers handlers) {
        return consume(handlers.consumer(), value, handlers::handle);
    }

    private Uni<Boolean> claim(String consumer, CloudEvent event) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into processed_event (consumer, event_source, event_id, event_type) "
                                + "values (:consumer, :source, :id, :type) on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("source", event.source())
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate())
                .map(count -> count == 1);
    }

    private Uni<Void> skip(String consumer, CloudEvent event) {
        LOG.debugf("%s: event %s already processed, skipped", consumer, event.id());
        return Uni.createFrom().voidItem();
    }
}
