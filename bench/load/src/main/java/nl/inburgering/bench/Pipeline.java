package nl.inburgering.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The event pipeline under an offered rate (issue 15 item 1): for BENCH_SECONDS (60) it sends BENCH_RATE (200) facts
 * per second, open model (the rate never waits for answers), half of them exam results booked elsewhere (exam-service
 * → pip-service's completion facts) and half registrations (pip-service → the participant replicas of exam, map, pvt
 * and deadline). Then it waits until every consumer has processed every event and reports, per flow, the latency
 * from the producer's commit to the consumer's commit.
 *
 * <p>Both commits are read from PostgreSQL ({@code track_commit_timestamp=on}; every database lives in the one local
 * server, so one clock): the consumer's is {@code pg_xact_commit_timestamp(xmin)} of its {@code processed_event} row,
 * which is never updated. The producer's {@code outbox_event} row is, by the relay ({@code sent_at}), so its xmin no
 * longer names the producer's transaction; the {@code idempotency_record} that the same transaction inserted for the
 * request's Idempotency-Key still does, and it names the resource, which joins it to the event.
 */
public final class Pipeline {

    record Flow(String name, String consumerService, String consumer) {
    }

    public static void main(String[] args) throws Exception {
        int rate = Env.integer("BENCH_RATE", 200);
        int seconds = Env.integer("BENCH_SECONDS", 60);
        long total = (long) rate * seconds;
        int poolSize = Env.integer("BENCH_POOL", (int) Math.min(2000, Math.max(100, total / 6)));
        String run = "bench-pipe-" + System.currentTimeMillis();
        Report report = new Report("pipeline").setting("rate_per_s", rate).setting("seconds", seconds)
                .setting("pool", poolSize).setting("run", run);
        requireCommitTimestamps();

        Http http = new Http();
        List<String> pool = Participants.ensure(poolSize, http);
        Map<String, Integer> offset = Participants.examWrites(pool, "BOOKED_ELSEWHERE");

        // ---- the stream
        Map<String, Map<Integer, AtomicInteger>> statuses = new ConcurrentHashMap<>();
        Map<String, List<Double>> httpMillis = new ConcurrentHashMap<>();
        AtomicLong inFlight = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> firstRefusal = new java.util.concurrent.atomic.AtomicReference<>();
        AtomicLong slot = new AtomicLong();
        CountDownLatch end = new CountDownLatch(1);
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        ticks.scheduleAtFixedRate(() -> {
            long i = slot.getAndIncrement();
            if (i >= total) {
                end.countDown();
                return;
            }
            String key = run + "-" + i;
            String kind;
            java.util.concurrent.CompletableFuture<Http.Answer> answer;
            if (i % 2 == 0) {
                kind = "register";
                answer = http.post(Env.url("pip") + "/v1/participants", Env.duoToken(),
                        Bodies.register(Bsns.random(), Participants.NAME), key);
            } else {
                kind = "result";
                long r = i / 2;
                String id = pool.get((int) (r % pool.size()));
                int n = offset.getOrDefault(id, 0) + (int) (r / pool.size());
                answer = http.post(Env.url("exam") + "/v1/participants/" + id + "/results-booked-elsewhere",
                        Env.duoToken(), Bodies.resultElsewhere(n), key);
            }
            inFlight.incrementAndGet();
            answer.whenComplete((a, e) -> {
                statuses.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
                        .computeIfAbsent(a.status(), s -> new AtomicInteger()).incrementAndGet();
                httpMillis.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(a.millis());
                if (!a.ok() && kind.equals("result")) { // a refused result names its rule (never a BSN)
                    firstRefusal.compareAndSet(null, a.status() + " " + a.body());
                }
                inFlight.decrementAndGet();
            });
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        end.await();
        double sendSeconds = (System.nanoTime() - t0) / 1e9;
        ticks.shutdownNow();
        long answerDeadline = System.nanoTime() + 60_000_000_000L;
        while (inFlight.get() > 0 && System.nanoTime() < answerDeadline) {
            Thread.sleep(100);
        }
        for (String kind : List.of("register", "result")) {
            Stats s = Stats.of(httpMillis.getOrDefault(kind, List.of()));
            report.row("flow", "HTTP " + kind, "events", s.count(), "consumed", "",
                    "p50_ms", Stats.round(s.p50()), "p99_ms", Stats.round(s.p99()), "max_ms", Stats.round(s.max()),
                    "statuses", String.valueOf(statuses.getOrDefault(kind, Map.of())));
        }
        report.setting("offered_rate_achieved_per_s", Stats.round(total / sendSeconds));
        if (firstRefusal.get() != null) {
            report.note("first refused result: " + firstRefusal.get());
        }

        // ---- the events of this run, with their producers' commits
        Map<String, Double> results = produced("exam", run, started,
                "o.payload::jsonb #>> '{data,registrationId}' = i.resource_id");
        Map<String, Double> registrations = produced("pip", run, started, "o.message_key = i.resource_id");
        List<Flow> flows = new ArrayList<>(List.of(new Flow("exam.result-recorded exam->pip", "pip",
                "pip-service.completion")));
        for (String s : List.of("exam", "map", "pvt", "deadline")) {
            flows.add(new Flow("participant.registered pip->" + s, s, "participant-replica"));
        }
        long drainTimeout = Env.integer("BENCH_DRAIN_TIMEOUT", 300);
        List<Double> all = new ArrayList<>();
        for (Flow f : flows) {
            Map<String, Double> producedBy = f.consumerService().equals("pip") ? results : registrations;
            Map<String, Double> consumed = consumed(f, producedBy.keySet(), drainTimeout);
            List<Double> latencies = new ArrayList<>();
            consumed.forEach((id, at) -> latencies.add(at - producedBy.get(id)));
            all.addAll(latencies);
            Stats s = Stats.of(latencies);
            report.row("flow", f.name(), "events", producedBy.size(), "consumed", consumed.size(),
                    "p50_ms", Stats.round(s.p50()), "p99_ms", Stats.round(s.p99()), "max_ms", Stats.round(s.max()));
        }
        Stats s = Stats.of(all);
        report.row("flow", "all commit->commit", "events", s.count(), "consumed", s.count(),
                "p50_ms", Stats.round(s.p50()), "p99_ms", Stats.round(s.p99()), "max_ms", Stats.round(s.max()));
        report.note("latency = consumer's commit - producer's commit, both pg_xact_commit_timestamp in one server");
        report.finish();
        System.exit(0);
    }

    /** Fails early and clearly when the server does not keep commit timestamps. */
    static void requireCommitTimestamps() throws SQLException {
        try (Connection c = Db.service("pip")) {
            if (!"on".equals(Db.strings(c, "show track_commit_timestamp").get(0))) {
                throw new IllegalStateException("PostgreSQL runs without track_commit_timestamp: start the local "
                        + "stack again (LocalStack sets it since issue 15)");
            }
        }
    }

    /** Event id -> its producer's commit (epoch ms), for the requests of this run that made one. */
    static Map<String, Double> produced(String service, String run, Instant started, String join) throws SQLException {
        Map<String, Double> out = new HashMap<>();
        try (Connection c = Db.service(service);
             PreparedStatement q = c.prepareStatement("select o.id::text, "
                     + "extract(epoch from pg_xact_commit_timestamp(i.xmin)) * 1000 from idempotency_record i "
                     + "join outbox_event o on o.created_at >= ? and " + join + " where i.idempotency_key like ?")) {
            q.setTimestamp(1, Timestamp.from(started.minusSeconds(1)));
            q.setString(2, run + "-%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getDouble(2));
                }
            }
        }
        return out;
    }

    /** Event id -> the consumer's commit (epoch ms), waiting until every event is consumed or the timeout. */
    static Map<String, Double> consumed(Flow f, java.util.Set<String> ids, long timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        Map<String, Double> out = new HashMap<>();
        try (Connection c = Db.service(f.consumerService());
             PreparedStatement q = c.prepareStatement("select event_id, "
                     + "extract(epoch from pg_xact_commit_timestamp(xmin)) * 1000 from processed_event "
                     + "where consumer = ? and event_id = any(?)")) {
            q.setString(1, f.consumer());
            q.setArray(2, c.createArrayOf("text", ids.toArray()));
            while (true) {
                out.clear();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getDouble(2));
                    }
                }
                if (out.size() >= ids.size() || System.nanoTime() > deadline) {
                    return out;
                }
                Thread.sleep(500);
            }
        }
    }
}
