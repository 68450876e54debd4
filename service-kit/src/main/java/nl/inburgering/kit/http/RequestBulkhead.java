package nl.inburgering.kit.http;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.inburgering.kit.config.KitConfig;

/**
 * A bulkhead on the API (issue 15): at most {@code kit.http.max-concurrent-requests} requests under {@code /v1/} are
 * handled at once; the next wait their turn here, in arrival order, and one that waits longer than
 * {@code kit.http.max-wait} (or finds {@code kit.http.max-waiting-requests} waiting) is answered 503 with
 * Retry-After, having changed nothing.
 *
 * <p>Why: every request and every event takes its connection from one pool, in one queue. Under a burst of requests
 * the pool's queue grew to ~190 waiters and each event a consumer took waited 1–3 s behind them: pip's completion
 * consumer stalled for 15 s (bench/RESULTS.md, "night"). With fewer requests than connections in flight, the
 * consumers, the outbox relay and the audit group commit find a connection at once.
 *
 * <p>The request is paused while it waits (its body is not read yet) and resumed when admitted, as Vert.x asks of a
 * handler that continues asynchronously. Its place is given back when the response has ended or the connection
 * closed ({@code addEndHandler}).
 */
@ApplicationScoped
public class RequestBulkhead {

    /** The RoutingContext key of a waiting request's timer, cancelled when it is admitted. */
    private static final String TIMER = RequestBulkhead.class.getName() + ".timer";

    @Inject
    KitConfig config;

    @Inject
    MeterRegistry metrics;

    private Admission admission;

    @PostConstruct
    void init() {
        admission = new Admission(config.http().maxConcurrentRequests(), config.http().maxWaitingRequests());
        Gauge.builder("kit.http.requests.active", admission, Admission::holders)
                .description("API requests being handled (the bulkhead's holders)").register(metrics);
        Gauge.builder("kit.http.requests.waiting", admission, Admission::waiting)
                .description("API requests waiting for their turn in the bulkhead").register(metrics);
    }

    void register(@Observes Filters filters) {
        // After ApiConventionsFilter (1000): its refusals (414, 415, 413, 404) take no turn.
        filters.register(this::admit, 900);
    }

    void admit(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path == null || !path.startsWith("/v1/") || path.startsWith(ApiConventionsFilter.OPENAPI_PATH)) {
            rc.next();
            return;
        }
        Context context = Vertx.currentContext();
        Admission.Entry entry = admission.enter(() -> context.runOnContext(v -> proceed(rc, true)));
        switch (entry.outcome()) {
            case ADMITTED -> proceed(rc, false);
            case REFUSED -> busy(rc);
            case QUEUED -> {
                rc.request().pause();
                long timer = rc.vertx().setTimer(config.http().maxWait().toMillis(), id -> {
                    if (admission.cancel(entry.ticket())) {
                        rc.request().resume();
                        busy(rc);
                    }
                });
                rc.put(TIMER, timer);
            }
        }
    }

    private void proceed(RoutingContext rc, boolean waited) {
        if (waited) {
            Long timer = rc.get(TIMER);
            if (timer != null) {
                rc.vertx().cancelTimer(timer);
            }
            if (rc.response().closed() || rc.response().ended()) {
                admission.release(); // the client left while it waited
                return;
            }
        }
        rc.addEndHandler(v -> admission.release());
        if (waited) {
            rc.request().resume();
        }
        rc.next();
    }

    private static void busy(RoutingContext rc) {
        rc.response().putHeader("Retry-After", "2");
        ApiConventionsFilter.problem(rc, 503, "service-unavailable", "Service unavailable", "The service is busy: "
                + "more requests are waiting than it can take just now. Your request was not carried out: retry it "
                + "shortly (with the same Idempotency-Key where the operation accepts one).", rc.normalizedPath());
    }
}
