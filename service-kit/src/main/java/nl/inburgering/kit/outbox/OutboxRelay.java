package nl.inburgering.kit.outbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.inburgering.kit.config.KitConfig;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in {@code seq} order and marks them sent (DESIGN §5).
 *
 * <p><b>When.</b> A statement trigger on {@code outbox_event} NOTIFYs channel {@value #CHANNEL} when a transaction that
 * appended rows commits; the relay LISTENs on a connection of its own and runs at once, so an event leaves within
 * milliseconds of its commit. A timer ({@code kit.outbox.relay-interval}) is the fallback for a missed notification
 * (a reconnect of the listening connection). Notifications that arrive during a run make it run again; a full batch
 * makes it run again at once, so a backlog drains at the broker's pace.
 *
 * <p><b>How.</b> One run takes a transaction-scoped advisory lock (a lease that ends with the transaction, also when its
 * holder dies), so exactly one relay of any number of instances publishes at a time: that keeps per-key order across
 * instances, which {@code SKIP LOCKED} alone would not. It reads a batch in {@code seq} order, hands every row to the
 * producer at once in that order (the idempotent producer keeps their order per partition), waits for the acks, and
 * marks the longest prefix that was acknowledged in one statement. A row that failed, and every row after it, stay
 * pending and go again in the next run: so a later event of a participant is never marked sent before an earlier one.
 * A crash between send and mark re-sends rows; consumers are idempotent on the CloudEvent id, so that is harmless.
 *
 * <p><b>While the broker is away</b> sends fail fast (short producer timeouts), rows stay pending, REST writes are
 * unaffected; the relay backs off (up to 5 s between runs), logs the outage once and its end once, and the first run
 * after the broker returns publishes the backlog.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: 'OUTBOX' in ASCII; any fixed number works, it is per database. */
    static final long LOCK_KEY = 0x4F5554424F58L;
    /** The channel the trigger of kit migration V0_12 notifies on commit. */
    static final String CHANNEL = "outbox_event";
    private static final long MAX_BACKOFF_MS = 5_000;

    @Inject
    Pool pool;

    @Inject
    @Channel("outbox")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048) // above the largest batch
    MutinyEmitter<String> emitter;

    @Inject
    KitConfig config;

    @Inject
    io.vertx.core.Vertx vertx;

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String databaseUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    java.util.Optional<String> databaseUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    java.util.Optional<String> databasePassword;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean started;
    private volatile long timerId = -1;
    private volatile long backoffMs;
    private volatile long notBefore;
    private volatile boolean failing;
    private PgSubscriber subscriber;

    /** Started after messaging has wired its channels (kit.outbox.relay-delay). */
    void start(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        vertx.setTimer(config.outbox().relayDelay().toMillis(), first -> {
            started = true;
            listen();
            timerId = vertx.setPeriodic(config.outbox().relayInterval().toMillis(), id -> wake());
            wake();
        });
    }

    void stop(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) {
        started = false;
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
        if (subscriber != null) {
            subscriber.close();
        }
    }

    /** LISTEN on a connection of its own, reconnecting after the database was away (the timer covers the gap). */
    private void listen() {
        PgConnectOptions options = PgConnectOptions.fromUri(databaseUrl.split(",")[0].trim()
                        .replaceFirst("^vertx-reactive:", ""))
                .setConnectTimeout((int) config.database().connectTimeout().toMillis());
        databaseUser.ifPresent(options::setUser);
        databasePassword.ifPresent(options::setPassword);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1_000L);
        subscriber.channel(CHANNEL).handler(payload -> wake());
        subscriber.connect().onFailure(e -> LOG.debugf("Outbox relay: LISTEN not connected yet (%s); the timer runs "
                + "the relay meanwhile", e.getClass().getSimpleName()));
    }

    /** Runs the relay now, or once more after the run in progress. */
    void wake() {
        if (!started) {
            return;
        }
        again.set(true);
        if (System.currentTimeMillis() < notBefore || !running.compareAndSet(false, true)) {
            return;
        }
        again.set(false);
        publishPending().subscribe().with(this::ran, this::failed);
    }

    private void ran(int published) {
        if (failing) {
            failing = false;
            LOG.infof("Outbox relay: publishing again after a failure");
        }
        backoffMs = 0;
        notBefore = 0;
        running.set(false);
        if (published >= config.outbox().batchSize() || again.get()) {
            vertx.runOnContext(v -> wake());
        }
    }

    private void failed(Throwable e) {
        backoffMs = backoffMs == 0 ? config.outbox().relayInterval().toMillis() : Math.min(backoffMs * 2, MAX_BACKOFF_MS);
        notBefore = System.currentTimeMillis() + backoffMs;
        if (!failing) {
            failing = true;
            LOG.warnf("Outbox relay: publishing failed, rows stay pending and are retried (backing off up to %d s): %s",
                    MAX_BACKOFF_MS / 1000, e.getClass().getSimpleName());
        } else {
            LOG.debugf("Outbox relay: still failing: %s", e.getClass().getSimpleName());
        }
        running.set(false);
    }

    /** One relay run of one batch. Returns how many rows it published (0 when another instance holds the lease). */
    public Uni<Integer> publishPending() {
        return pool.withTransaction(conn -> conn.query("select pg_try_advisory_xact_lock(" + LOCK_KEY + ")")
                        .execute()
                        .chain(rs -> rs.iterator().next().getBoolean(0)
                                ? publishBatch(conn)
                                : Uni.createFrom().item(new Run(0, null))))
                // the marks and the failure note commit first; then the run counts as failed, for the backoff
                .map(run -> {
                    if (run.stopped() != null) {
                        throw run.stopped();
                    }
                    return run.published();
                });
    }

    /** What one run did: rows published, and why it stopped early (null: it did not). */
    private record Run(int published, PublishingStopped stopped) {
    }

    private Uni<Run> publishBatch(SqlConnection conn) {
        return conn.preparedQuery("select seq, id, topic, message_key, payload, trace_parent from outbox_event "
                        + "where sent_at is null order by seq limit $1")
                .execute(Tuple.of(config.outbox().batchSize()))
                .chain(rows -> {
                    List<Row> pending = new ArrayList<>();
                    rows.forEach(pending::add);
                    if (pending.isEmpty()) {
                        return Uni.createFrom().item(new Run(0, null));
                    }
                    // Every send handed to the producer now, in seq order; each ack (or failure) noted in its slot.
                    Throwable[] failures = new Throwable[pending.size()];
                    List<Uni<Void>> sends = new ArrayList<>(pending.size());
                    for (int i = 0; i < pending.size(); i++) {
                        int slot = i;
                        sends.add(send(pending.get(i)).onFailure().recoverWithItem(e -> {
                            failures[slot] = e;
                            return null;
                        }));
                    }
                    return Uni.join().all(sends).andCollectFailures()
                            .chain(done -> markPrefix(conn, pending, failures));
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

    /** Marks sent the rows before the first failure, in one statement; notes the failure on the row that failed. */
    private Uni<Run> markPrefix(SqlConnection conn, List<Row> pending, Throwable[] failures) {
        int sent = 0;
        while (sent < pending.size() && failures[sent] == null) {
            sent++;
        }
        // by the seqs read, never by a range: a row of a transaction that committed after the read can have a seq
        // inside the range, and must not be marked sent unsent
        Long[] seqs = pending.subList(0, sent).stream().map(r -> r.getLong("seq")).toArray(Long[]::new);
        Uni<Integer> marked = sent == 0 ? Uni.createFrom().item(0)
                : conn.preparedQuery("update outbox_event set sent_at = now() where seq = any($1)")
                        .execute(Tuple.of(seqs)).map(rs -> rs.rowCount());
        if (sent == pending.size()) {
            return marked.map(n -> new Run(n, null));
        }
        Row failed = pending.get(sent);
        Throwable e = failures[sent];
        String reason = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
        int before = sent;
        return marked.call(() -> conn.preparedQuery(
                        "update outbox_event set attempts = attempts + 1, last_error = $2 where seq = $1")
                .execute(Tuple.of(failed.getLong("seq"), reason.length() > 1000 ? reason.substring(0, 1000) : reason)))
                .map(n -> new Run(n, new PublishingStopped(failed.getUUID("id"), before, e)));
    }

    /** A run that could not send every row it read: those before the failure are marked, the rest stay pending. */
    static final class PublishingStopped extends RuntimeException {
        PublishingStopped(java.util.UUID event, int sentBefore, Throwable cause) {
            super("publishing stopped at event " + event + " (" + sentBefore + " sent before it): "
                    + cause.getClass().getSimpleName(), cause, false, false);
        }
    }

    /** Sent rows are kept for a while for operators (replay, inspection), then removed. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "outbox-cleanup")
    Uni<Void> cleanup() {
        return pool.withConnection(c -> c.preparedQuery(
                        "delete from outbox_event where sent_at is not null and sent_at < now() - $1::interval")
                .execute(Tuple.of(config.outbox().retention().getSeconds() + " seconds")))
                .replaceWithVoid()
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Rows waiting to be published (for tests; the gauges are OutboxMetrics'). */
    public Uni<Long> pendingCount() {
        return pool.withConnection(c -> c.query("select count(*) from outbox_event where sent_at is null").execute())
                .map(rs -> rs.iterator().next().getLong(0));
    }
}
