package nl.inburgering.kit.outbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import nl.inburgering.kit.config.KitConfig;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows to Kafka in {@code seq} order and marks them sent (DESIGN §5).
 *
 * <p>Safe with several instances: each run takes a transaction-scoped advisory lock, so exactly one
 * relay publishes at a time (a lease that ends with the transaction, also when its holder dies). That
 * keeps per-key order across instances, which {@code SKIP LOCKED} alone would not. Within a run rows are
 * sent one after another and the run stops at the first failure, so a later event of a participant is
 * never published before an earlier one. A crash between send and mark re-sends rows: consumers are
 * idempotent on the CloudEvent id, so that is harmless.
 *
 * <p>While the broker is away sends fail fast (short producer timeouts), rows stay pending, REST writes
 * are unaffected, and the next run after the broker returns publishes them.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: 'OUTBOX' in ASCII; any fixed number works, it is per database. */
    static final long LOCK_KEY = 0x4F5554424F58L;

    @Inject
    Pool pool;

    @Inject
    @Channel("outbox")
    MutinyEmitter<String> emitter;

    @Inject
    KitConfig config;

    @Inject
    io.vertx.core.Vertx vertx;

    private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile long timerId = -1;

    /**
     * A Vert.x timer rather than {@code @Scheduled}: the scheduler's resolution is one second, and an event
     * should leave within a fraction of that. Started after messaging has wired its channels; one run at a time.
     */
    void start(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        vertx.setTimer(config.outbox().relayDelay().toMillis(),
                first -> timerId = vertx.setPeriodic(config.outbox().relayInterval().toMillis(), id -> run()));
    }

    void stop(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    private void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        publishPending()
                .onFailure().invoke(e -> LOG.warnf("Outbox relay run failed, rows stay pending: %s",
                        e.getClass().getSimpleName()))
                .onTermination().invoke(() -> running.set(false))
                .subscribe().with(count -> { }, failure -> { });
    }

    /** One relay run. Returns how many rows it published (0 when another instance holds the lease). */
    public Uni<Integer> publishPending() {
        return pool.withTransaction(conn -> conn.query("select pg_try_advisory_xact_lock(" + LOCK_KEY + ")")
                .execute()
                .chain(rs -> rs.iterator().next().getBoolean(0)
                        ? publishBatch(conn)
                        : Uni.createFrom().item(0)));
    }

    private Uni<Integer> publishBatch(SqlConnection conn) {
        return conn.preparedQuery("select id, topic, message_key, payload, trace_parent from outbox_event "
                        + "where sent_at is null order by seq limit $1")
                .execute(Tuple.of(config.outbox().batchSize()))
                .chain(rows -> {
                    List<Row> pending = new ArrayList<>();
                    rows.forEach(pending::add);
                    if (pending.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    List<UUID> sent = new ArrayList<>();
                    return Multi.createFrom().iterable(pending)
                            .onItem().transformToUniAndConcatenate(row -> send(row).invoke(() -> sent.add(row.getUUID("id"))))
                            .collect().last()
                            .replaceWith(sent)
                            .onFailure().recoverWithUni(e -> recordFailure(conn, pending, sent, e))
                            .chain(ids -> markSent(conn, ids));
                });
    }

    private Uni<Void> send(Row row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.getString("topic"))
                .withKey(row.getString("message_key"))
                .withHeaders(headers)
                .build();
        Message<String> message = Message.of(row.getString("payload")).addMetadata(metadata);
        io.opentelemetry.context.Context parent = TraceParents.context(row.getString("trace_parent"));
        return emitter.sendMessage(parent == null ? message
                : message.addMetadata(io.smallrye.reactive.messaging.TracingMetadata.withCurrent(parent)));
    }

    /** Marks the rows sent before the failure and notes the failure on the row that failed; stops the batch. */
    private Uni<List<UUID>> recordFailure(SqlConnection conn, List<Row> pending, List<UUID> sent, Throwable e) {
        Row failed = pending.get(sent.size());
        String reason = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
        LOG.warnf("Outbox: publishing stopped at event %s (%d sent before it): %s", failed.getUUID("id"),
                sent.size(), e.getClass().getSimpleName());
        return conn.preparedQuery("update outbox_event set attempts = attempts + 1, last_error = $2 where id = $1")
                .execute(Tuple.of(failed.getUUID("id"), reason.length() > 1000 ? reason.substring(0, 1000) : reason))
                .replaceWith(sent);
    }

    private Uni<Integer> markSent(SqlConnection conn, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return conn.preparedQuery("update outbox_event set sent_at = now() where id = any($1)")
                .execute(Tuple.of(ids.toArray(new UUID[0])))
                .map(rs -> ids.size());
    }

    /** Sent rows are kept for a while for operators (replay, inspection), then removed. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "outbox-cleanup")
    Uni<Void> cleanup() {
        return pool.preparedQuery("delete from outbox_event where sent_at is not null and sent_at < now() - $1::interval")
                .execute(Tuple.of(config.outbox().retention().getSeconds() + " seconds"))
                .replaceWithVoid()
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Rows waiting to be published (for tests; the gauges are OutboxMetrics'). */
    public Uni<Long> pendingCount() {
        return pool.query("select count(*) from outbox_event where sent_at is null").execute()
                .map(rs -> rs.iterator().next().getLong(0));
    }
}
