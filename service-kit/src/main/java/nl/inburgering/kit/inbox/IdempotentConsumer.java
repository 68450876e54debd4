package nl.inburgering.kit.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
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
 * <p>Every channel takes a poll at a time ({@link #consumeBatch}; {@code batch=true} is the kit's connector default).
 * Failures: a malformed event fails at once (it will never get better); any other failure is retried a bounded
 * number of times, each in a fresh transaction. An event whose failure remains is nacked, and
 * {@code failure-strategy=dead-letter-queue} moves it to {@code <topic>.dlq} with the reason in its headers while the
 * consumer goes on. The offsets are committed only after the poll is settled.
 *
 * <p>Several consumers share one {@code <topic>.dlq} (every replica of pip.events, for one). So that an operator
 * can replay a dead letter through the consumer that failed it, and only that one ({@code DeadLetterResource}),
 * {@link #consumeBatch} names the consumer in the dead letter's {@value #CONSUMER_HEADER}
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
     * Consumes one poll of an {@code @Incoming} channel: each event is claimed and handled once, its record
     * acknowledged once handled, or handed to the channel's dead-letter topic with this consumer's name in the
     * {@value #CONSUMER_HEADER} header (and counted in {@code kit_dead_letters_total}). The claims and handlers of the
     * whole poll run in ONE transaction, in the poll's order (per partition the topic's order): a transaction per event
     * was most of an event's cost (issue 15).
     * The events share one session: after each handler the session is flushed and cleared ({@link #settleSession}),
     * so a handler sees what the events before it changed and none of their managed entities, as with a transaction
     * per event. Locks a handler takes (a participant row {@code FOR UPDATE}) are held until the poll commits.
     *
     * <p>A malformed event goes to the dead-letter topic at once; a type the table does not handle is settled without
     * the database. If the transaction fails for another reason than the database being away (which is waited for, as
     * for one record), nothing of it stays and the poll's events are consumed again one by one, each with its own
     * transaction, retries and dead letter: so a failing event ends alone in the dead-letter topic, as before.
     *
     * <p>Offsets: in batch mode the connector tracks the latest record of each partition only, and the batch is
     * acknowledged through those, after every dead letter of the poll has been written (in the poll's order, after the
     * rest of the poll is settled: see {@link #deadLetterInOrder}). If a dead letter could not be
     * written, nothing is acknowledged: the offsets stay where they were and the connector's health check reports the
     * stuck channel, so the poll is read again after a restart instead of being lost. The returned {@code Uni} never
     * fails: a failed one would make the connector dead-letter every record of the poll.
     */
    public Uni<Void> consumeBatch(KafkaRecordBatch<String, String> batch, EventHandlers handlers) {
        String consumer = handlers.consumer();
        // the records to dead-letter, with why; written in the poll's order once every other record is settled
        Map<KafkaRecord<?, ?>, Throwable> failed = Collections.synchronizedMap(new IdentityHashMap<>());
        List<KafkaRecord<String, String>> records = new ArrayList<>();
        List<CloudEvent> events = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch) {
            CloudEvent event;
            try {
                event = CloudEvents.parse(record.getPayload());
            } catch (MalformedEventException e) {
                LOG.warnf("%s: sent to the dead-letter topic after no retry (malformed): %s", consumer, e.getMessage());
                failed.put(record, e);
                continue;
            }
            if (handlers.ignores(event)) {
                count(consumer, "not-handled");
                continue;
            }
            records.add(record);
            events.add(event);
        }
        Uni<Void> handled = events.isEmpty() ? Uni.createFrom().voidItem()
                : inOneTransaction(consumer, handlers, records, events).onFailure().recoverWithUni(e -> {
                    LOG.debugf("%s: a poll of %d events failed together (%s); consuming them one by one", consumer,
                            events.size(), e.getClass().getSimpleName());
                    return oneByOne(handlers, records, 0, failed);
                });
        return handled
                .chain(() -> deadLetterInOrder(consumer, batch.getRecords(), 0, failed))
                .chain(() -> acknowledge(batch, failed))
                .onFailure().invoke(e -> LOG.errorf("%s: a poll could not be settled, its offsets stay uncommitted and "
                        + "it is read again after a restart: %s", consumer, e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Every claim and handler of the poll in one transaction; the database away is waited for, as for one record. */
    private Uni<Void> inOneTransaction(String consumer, EventHandlers handlers,
            List<KafkaRecord<String, String>> records, List<CloudEvent> events) {
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() ->
                        claimAndHandle(consumer, handlers, records, events, 0, new boolean[events.size()])))
                .invoke(firsts -> {
                    for (boolean first : firsts) {
                        count(consumer, first ? "processed" : "duplicate");
                    }
                })
                .replaceWithVoid()
                .onFailure(DatabaseUnavailable::is).invoke(e -> LOG.debugf(
                        "%s: database unavailable, a poll of %d events waits", consumer, events.size()))
                .onFailure(DatabaseUnavailable::is).retry()
                .withBackOff(Duration.ofMillis(500), Duration.ofSeconds(5)).indefinitely();
    }

    private Uni<boolean[]> claimAndHandle(String consumer, EventHandlers handlers,
            List<KafkaRecord<String, String>> records, List<CloudEvent> events, int i, boolean[] firsts) {
        if (i == events.size()) {
            return Uni.createFrom().item(firsts);
        }
        CloudEvent event = events.get(i);
        return inTraceOf(records.get(i), () -> claim(consumer, event)
                        .call(first -> first ? handlers.handle(event) : skip(consumer, event))
                        .call(IdempotentConsumer::settleSession))
                .chain(first -> {
                    firsts[i] = first;
                    return claimAndHandle(consumer, handlers, records, events, i + 1, firsts);
                });
    }

    /**
     * Runs an event's work in its record's trace (the consumer span the connector made for it), as the connector does
     * for a channel that takes one record at a time: in a poll nothing is current, and the events a handler publishes
     * (through the outbox), its audit records and its log lines must continue the trace of the fact they follow
     * (docs/observability.md). Without tracing there is no such span, and the work runs as it is.
     */
    private static <T> Uni<T> inTraceOf(Message<?> record, Supplier<Uni<T>> work) {
        Context trace = TracingMetadata.fromMessage(record).map(TracingMetadata::getCurrentContext).orElse(null);
        if (trace == null) {
            return Uni.createFrom().deferred(work::get);
        }
        return Uni.createFrom().deferred(() -> {
            Scope scope = trace.makeCurrent();
            try {
                return work.get().onTermination().invoke(scope::close);
            } catch (RuntimeException e) {
                scope.close();
                throw e;
            }
        });
    }

    /**
     * Between two events of a poll: writes what the event changed in managed entities (a change that would otherwise
     * be written at commit) and empties the session, so the next event's handler starts from the database as this
     * one left it, as it would in a transaction of its own.
     */
    private static Uni<Void> settleSession() {
        return Panache.getSession().chain(session -> session.flush().invoke(session::clear));
    }

    /** The poll's events one by one, in order, each as a single record is consumed; a failure noted for its letter. */
    private Uni<Void> oneByOne(EventHandlers handlers, List<KafkaRecord<String, String>> records, int i,
            Map<KafkaRecord<?, ?>, Throwable> failed) {
        if (i == records.size()) {
            return Uni.createFrom().voidItem();
        }
        KafkaRecord<String, String> record = records.get(i);
        return inTraceOf(record, () -> process(handlers, record.getPayload(), true))
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("%s: sent to the dead-letter topic after %d retries: %s", handlers.consumer(),
                            config.inbox().maxRetries(), e.getMessage());
                    failed.put(record, e);
                    return null;
                })
                .chain(() -> oneByOne(handlers, records, i + 1, failed));
    }

    /**
     * Writes the poll's dead letters in the poll's order (per partition the offsets' order), after every other record
     * of the poll is settled: the dead-letter handler acknowledges each record it writes, and when that record is the
     * latest of its partition this commits the partition's whole poll, which must then be settled already.
     */
    private Uni<Void> deadLetterInOrder(String consumer, List<KafkaRecord<String, String>> all, int i,
            Map<KafkaRecord<?, ?>, Throwable> failed) {
        while (i < all.size() && !failed.containsKey(all.get(i))) {
            i++;
        }
        if (i == all.size()) {
            return Uni.createFrom().voidItem();
        }
        int next = i + 1;
        KafkaRecord<String, String> record = all.get(i);
        return deadLetter(record, consumer, failed.get(record))
                .chain(() -> deadLetterInOrder(consumer, all, next, failed));
    }

    /**
     * Acknowledges the latest record of each partition, which commits the whole poll; not one the dead-letter handler
     * has already acknowledged after writing it.
     */
    private static Uni<Void> acknowledge(KafkaRecordBatch<String, String> batch,
            Map<KafkaRecord<?, ?>, Throwable> deadLettered) {
        List<Uni<Void>> acks = new ArrayList<>();
        for (KafkaRecord<String, String> latest : batch.getLatestOffsetRecords().values()) {
            if (!deadLettered.containsKey(latest)) {
                acks.add(Uni.createFrom().completionStage(latest.ack()));
            }
        }
        return acks.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(acks).andFailFast().replaceWithVoid();
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
     * As a channel's event is consumed, for a dead letter an operator replays: the same claim, retries
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
