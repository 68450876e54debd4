package nl.inburgering.pip.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.inburgering.contracts.vocabulary.Route;

/**
 * Completions per route as a Prometheus gauge (issue 12 item 3), {@code inburgering_completions{route=…}}: the
 * participants whose integration is complete, by the route of the PIP version they completed on. Counted from the
 * database rather than incremented in the completion transaction, so a retried or rolled-back transaction never
 * counts, a restart loses nothing, and every instance reports the same figure (take the max, not the sum).
 */
@ApplicationScoped
public class CompletionMetrics {

    private final Map<Route, AtomicLong> completions = new EnumMap<>(Route.class);

    @Inject
    Pool pool;

    @Inject
    MeterRegistry registry;

    @Inject
    io.vertx.core.Vertx vertx;

    void start(@Observes io.quarkus.runtime.StartupEvent event) {
        for (Route route : Route.values()) {
            AtomicLong value = new AtomicLong();
            completions.put(route, value);
            Gauge.builder("inburgering.completions", value, AtomicLong::get).tag("route", route.name())
                    .description("Participants whose civic integration is complete, by route").register(registry);
        }
        vertx.setPeriodic(30_000, id -> refresh());
        refresh();
    }

    void refresh() {
        // on a connection of its own rather than pool.query(): see kit.persistence.DatabaseUnavailable
        pool.withConnection(c -> c.query("select pl.route, count(*) from participant p join plan pl on "
                        + "pl.participant_id = p.id and pl.plan_version = p.completed_plan_version "
                        + "where p.completed_on is not null group by pl.route").execute())
                .subscribe().with(rows -> {
                    Map<Route, Long> counted = new EnumMap<>(Route.class);
                    rows.forEach(r -> counted.put(Route.valueOf(r.getString(0)), r.getLong(1)));
                    completions.forEach((route, value) -> value.set(counted.getOrDefault(route, 0L)));
                }, failure -> { /* the database is away: keep the last figures */ });
    }
}
