package nl.inburgering.kit.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import nl.inburgering.contracts.envelope.CloudEvent;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.envelope.MalformedEventException;
import jakarta.inject.Inject;
import nl.inburgering.kit.config.KitConfig;
import nl.inburgering.kit.persistence.DatabaseUnavailable;
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
 *
 * <p>Several consumers share one {@code <topic>.dlq} (every replica of pip.events, for one). So that an operator
 * can replay a dead letter through the consumer that failed it, and only that one ({@code DeadLetterResource}),
 * {@link #consume(Message, EventHandlers)} names the consumer in the dead letter's {@value #CONSUMER_HEADER}
 * header, and every handler table is made here ({@link #table}), so it can be found by that name.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    /**
     * The header of a dead letter that names the consumer that failed it, as {@code <service>/<consumer>} (e.g.
     * {@code exam/participant-replica}): several services have a consumer of the same name on one topic.
     */
    public static final String CONSUMER_HEADER = "dead-letter-consumer";

    @Inject
    KitConfig config;

    @Inject
    MeterRegistry metrics;

    private final Map<String, EventHandlers> tables = new ConcurrentHashMap<>();

    /** A new handler table for the consumer of this name, known from now on for replays of its dead letters. */
    public EventHandlers table(String consumer) {
        EventHandlers table = EventHandlers.of(consumer);
        if (tables.putIfAbsent(consumer, table) != null) {
            throw new IllegalStateException("two handler tables are named " + consumer);
        }
        return table;
    }

    /** The handler table of this name, if this service has one. */
    public Optional<EventHandlers> tableOf(String consumer) {
        return Optional.ofNullable(consumer).map(tables::get);
    }

    /**
     * Consumes a record of an {@code @Incoming} channel: acknowledges it once handled, or hands it to the channel's
     * dead-letter topic with this consumer's name in the {@value #CONSUMER_HEADER} header (and counts it in
     * {@code kit_dead_letters_total}). The returned {@code Uni} completes when the record is settled either way.
     */
    public Uni<Void> consume(Message<String> message, EventHandlers handlers) {
        String consumer = handlers.consumer();
        return process(handlers, message.getPayload(), true)
                .onFailure().invoke(e -> LOG.warnf("%s: sent to the dead-letter topic after %s: %s", consumer,
                        e instanceof MalformedEventException ? "no retry (malformed)" : config.inbox().maxRetries()
                                + " retries", e.getMessage()))
                .onItemOrFailure().transformToUni((done, failure) -> failure == null
                        ? Uni.createFrom().completionStage(message.ack())
                        : deadLetter(message, handlers.consumer(), failure));
    }

    private Uni<Void> deadLetter(Message<String> message, String consumer, Throwable failure) {
        String topic = message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getTopic)
                .orElse("unknown");
        Counter.builder("kit.dead.letters").description("Events this service's consumers sent to a dead-letter topic")
                .tag("consumer", consumer).tag("topic", topic).register(metrics).increment();
        RecordHeaders headers = new RecordHeaders();
        headers.add(CONSUMER_HEADER, (config.serviceName() + "/" + consumer).getBytes(StandardCharsets.UTF_8));
        return Uni.createFrom().completionStage(message.nack(failure,
                Metadata.of(OutgoingKafkaRecordMetadata.builder().withHeaders(headers).build())));
    }

    /**
     * As {@link #consume(Message, EventHandlers)} for a dead letter an operator replays: the same claim, retries
     * and transaction, and a failure is the caller's to report (the dead letter stays where it is).
     */
    public Uni<Void> replay(EventHandlers handlers, String value) {
        return process(handlers, value, false);
    }

    /**
     * Parses the record value and runs its handler once per event in a transaction: the claim on
     * {@code processed_event} and the handler's change commit together; failures other than a malformed event are
     * retried, each in a fresh transaction. With {@code waitForDatabase} (a channel's record, not an operator's
     * request) a database that cannot be reached is waited for instead of counted as a failure.
     *
     * <p>An event of a known type the table does not handle ({@link EventHandlers#ignores}) is settled without touching
     * the database: there is nothing to do once, so nothing to claim. Every consumer of a topic sees every type on it
     * (each replica of pip.events sees integration.outstanding-changed; pip's completion consumer sees exam.registered),
     * and a transaction with a claim for each of those cost as much as a handled event (issue 15).
     */
    private Uni<Void> process(EventHandlers handlers, String value, boolean waitForDatabase) {
        String consumer = handlers.consumer();
        CloudEvent event;
        try {
            event = CloudEvents.parse(value);
        } catch (MalformedEventException e) {
            return Uni.createFrom().failure(e);
        }
        if (handlers.ignores(event)) {
            LOG.debugf("%s: event type %s is not handled here, skipped", consumer, event.type());
            count(consumer, "not-handled");
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> claim(consumer, event)
                        .chain(first -> (first ? handlers.handle(event) : skip(consumer, event)).replaceWith(first))))
                .invoke(first -> count(consumer, first ? "processed" : "duplicate"))
                .replaceWithVoid()
                // The database away (restart, failover) says nothing about the event: wait for it, however long,
                // instead of dead-lettering good events (issue 14 item 3). The offset stays uncommitted meanwhile.
                .onFailure(e -> waitForDatabase && DatabaseUnavailable.is(e)).invoke(e -> LOG.debugf(
                        "%s: database unavailable, event %s waits", consumer, event.id()))
                .onFailure(e -> waitForDatabase && DatabaseUnavailable.is(e)).retry()
                .withBackOff(Duration.ofMillis(500), Duration.ofSeconds(5)).indefinitely()
                .onFailure(e -> !(e instanceof MalformedEventException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(config.inbox().maxRetries())
                .onFailure().transform(e -> e instanceof MalformedEventException ? e
                        : new EventFailedException(event, e));
    }

    private void count(String consumer, String outcome) {
        Counter.builder("kit.events.consumed").description("Events this service's consumers processed, skipped as "
                        + "already processed (duplicate), or skipped as a type they do not handle (not-handled)")
                .tag("consumer", consumer).tag("outcome", outcome).register(metrics).increment();
    }

    /** A well-formed event whose handling kept failing; names the event (id and type), never its content. */
    public static final class EventFailedException extends RuntimeException {
        EventFailedException(CloudEvent event, Throwable cause) {
            super("event " + event.id() + " (" + event.type() + ") failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage())), cause);
        }

        private static String firstLine(String message) {
            String line = message.lines().findFirst().orElse("");
            return line.length() > 300 ? line.substring(0, 300) + "…" : line;
        }
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
