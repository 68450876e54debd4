package nl.inburgering.kit.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import nl.inburgering.kit.config.KitConfig;

/**
 * The outbox backlog as Prometheus gauges (issue 12 item 3): {@code kit_outbox_pending} events not sent yet and
 * {@code kit_outbox_oldest_age_seconds}, the age of the oldest of them. A growing age is the alert: the broker or
 * the relay is in trouble (the events are kept). Read from the database every {@code kit.outbox.metrics-interval},
 * not at scrape time: a scrape must never wait for the database.
 */
@ApplicationScoped
public class OutboxMetrics {

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    @Inject
    Pool pool;

    @Inject
    KitConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    io.vertx.core.Vertx vertx;

    void start(@Observes io.quarkus.runtime.StartupEvent event) {
        Gauge.builder("kit.outbox.pending", pending, AtomicLong::get)
                .description("Events committed and not yet sent to Kafka").register(registry);
        Gauge.builder("kit.outbox.oldest.age.seconds", oldestAgeSeconds, AtomicLong::get)
                .description("Seconds since the oldest unsent event was committed; 0 without any").register(registry);
        vertx.setPeriodic(config.outbox().metricsInterval().toMillis(), id -> refresh());
    }

    void refresh() {
        pool.withConnection(c -> c.query("select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)"
                        + "::bigint from outbox_event where sent_at is null").execute())
                .subscribe().with(rows -> {
                    var row = rows.iterator().next();
                    pending.set(row.getLong(0));
                    oldestAgeSeconds.set(Math.max(0, row.getLong(1)));
                }, failure -> { /* the database is away: keep the last values; readiness says so */ });
    }
}
