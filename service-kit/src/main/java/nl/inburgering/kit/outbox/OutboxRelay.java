package nl.inburgering.kit.outbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.common.annotation.Identifier;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.inburgering.kit.config.KitConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
 * marks the longest prefix that was acknowledged in one statement. A run pipelines up to {@value #BATCHES_PER_RUN}
 * batches: the next one is read while the broker acknowledges the current one, and sent while that is marked. A row that failed, and every row after it, stay
 * pending and go again in the next run: so a later event of a participant is never marked sent before an earlier one.
 * A crash between send and mark re-sends rows; consumers are idempotent on the CloudEvent id, so that is harmless.
 *
 * <p><b>The producer</b> is a plain {@link KafkaProducer} of the relay's own, not a SmallRye emitter: per record the
 * emitter's message, metadata, context capture and span cost more CPU than the send itself, and the relay drained at
 * 0.17-0.25 of a raw producer (issue 15, bench/RESULTS.md). Its settings are fixed here because the relay's
 * guarantees rest on them (acks=all and idempotence: no loss, per-partition order; short timeouts: fail fast). The
 * connection settings (bootstrap servers, TLS/SASL) are the service's {@code kafka.*} ones. Sends run on a thread of
 * the relay's own, since a send blocks up to {@code max.block.ms} when the broker is away; never on the event loop.
 * The writer's W3C {@code traceparent} (kept in the row) goes along as a header, so the consumer continues its trace.
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
    /** Batches per run (one transaction): what a crash mid-run sends again, at most. */
    static final int BATCHES_PER_RUN = 8;
    private static final byte[] CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8"
            .getBytes(StandardCharsets.UTF_8);

    @Inject
    Pool pool;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    private KafkaProducer<String, String> producer;
    private ExecutorService sending;

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
        producer = new KafkaProducer<>(producerProperties(kafka), new StringSerializer(), new StringSerializer());
        sending = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay-sender");
            t.setDaemon(true);
            return t;
        });
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
        if (sending != null) {
            sending.shutdown();
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    /** The service's Kafka connection settings with the relay's own producer settings over them. */
    static Map<String, Object> producerProperties(Map<String, Object> kafka) {
        Map<String, Object> p = new HashMap<>(kafka);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // fail fast while the broker is away: rows stay pending and the next run sends them again
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 6_000);
        return p;
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

    /** One relay run. Returns how many rows it published (0 when another instance holds the lease). */
    public Uni<Integer> publishPending() {
        return pool.withTransaction(conn -> conn.query("select pg_try_advisory_xact_lock(" + LOCK_KEY + ")")
                        .execute()
                        .chain(rs -> rs.iterator().next().getBoolean(0)
                                ? publishBatches(conn)
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

    /**
     * Up to {@link #BATCHES_PER_RUN} batches in one transaction, pipelined: while the broker acknowledges one batch, the
     * next is read; once every row of a batch is acknowledged the next is handed over, and the batch is marked while
     * that one is sent. A batch with a failure is marked up to it and ends the run before anything after it is handed
     * over, exactly as a single batch would (the idempotent producer keeps per-partition order within what was handed
     * over). The next batch is read by {@code seq >} the last one read, as the earlier rows are not marked yet.
     */
    private Uni<Run> publishBatches(SqlConnection conn) {
        io.vertx.core.Context context = vertx.getOrCreateContext();
        return read(conn, Long.MIN_VALUE).chain(first -> first.isEmpty() ? Uni.createFrom().item(new Run(0, null))
                : pipeline(conn, context, first, sendAll(first), 0, 1));
    }

    private Uni<Run> pipeline(SqlConnection conn, io.vertx.core.Context context, List<Row> batch,
            CompletableFuture<Throwable[]> acks, int publishedBefore, int number) {
        boolean more = batch.size() == config.outbox().batchSize() && number < BATCHES_PER_RUN;
        Uni<List<Row>> next = more ? read(conn, batch.get(batch.size() - 1).getLong("seq"))
                : Uni.createFrom().item(List.of());
        return next.chain(nextBatch -> Uni.createFrom().completionStage(acks)
                // back on the connection's context for the next statement
                .emitOn(task -> context.runOnContext(v -> task.run()))
                .chain(failures -> {
                    boolean allSent = Arrays.stream(failures).allMatch(Objects::isNull);
                    CompletableFuture<Throwable[]> nextAcks = allSent && !nextBatch.isEmpty() ? sendAll(nextBatch) : null;
                    return markPrefix(conn, batch, failures).chain(run -> nextAcks == null
                            ? Uni.createFrom().item(new Run(publishedBefore + run.published(), run.stopped()))
                            : pipeline(conn, context, nextBatch, nextAcks, publishedBefore + run.published(),
                                    number + 1));
                }));
    }

    /** The next pending rows after {@code afterSeq}, in seq order. */
    private Uni<List<Row>> read(SqlConnection conn, long afterSeq) {
        return conn.preparedQuery("select seq, id, topic, message_key, payload, trace_parent from outbox_event "
                        + "where sent_at is null and seq > $2 order by seq limit $1")
                .execute(Tuple.of(config.outbox().batchSize(), afterSeq))
                .map(rows -> {
                    List<Row> pending = new ArrayList<>();
                    rows.forEach(pending::add);
                    return pending;
                });
    }

    /**
     * Hands every row to the producer at once, in seq order (the idempotent producer keeps their order per partition),
     * on the relay's sending thread, starting now; completes when every row has its ack or failure, noted in its slot
     * (null = sent).
     */
    private CompletableFuture<Throwable[]> sendAll(List<Row> pending) {
        int n = pending.size();
        CompletableFuture<Throwable[]> done = new CompletableFuture<>();
        sending.execute(() -> {
            Throwable[] failures = new Throwable[n];
            AtomicInteger open = new AtomicInteger(n);
            for (int i = 0; i < n; i++) {
                int slot = i;
                try {
                    producer.send(record(pending.get(i)), (metadata, e) -> {
                        failures[slot] = e;
                        if (open.decrementAndGet() == 0) {
                            done.complete(failures);
                        }
                    });
                } catch (RuntimeException e) {
                    // not handed over (no metadata within max.block.ms, a closed producer): neither is any after it
                    for (int j = i; j < n; j++) {
                        failures[j] = e;
                    }
                    if (open.addAndGet(-(n - i)) == 0) {
                        done.complete(failures);
                    }
                    return;
                }
            }
        });
        return done;
    }

    private static ProducerRecord<String, String> record(Row row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CONTENT_TYPE);
        String traceParent = row.getString("trace_parent");
        if (traceParent != null) {
            headers.add(TraceParents.HEADER, traceParent.getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(row.getString("topic"), null, row.getString("message_key"),
                row.getString("payload"), headers);
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
