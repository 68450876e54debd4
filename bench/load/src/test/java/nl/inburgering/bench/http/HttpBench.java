package nl.inburgering.bench.http;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import nl.inburgering.bench.Bodies;
import nl.inburgering.bench.Bsns;
import nl.inburgering.bench.Env;
import nl.inburgering.bench.Http;
import nl.inburgering.bench.Participants;
import nl.inburgering.bench.Report;
import nl.inburgering.bench.Stats;

/**
 * The main reads and writes of the services, each right after the same load on the floor app (bench/floor), in one
 * run: the machine is noisy, so a service is only ever compared with the floor measured just before it. Closed model:
 * BENCH_HTTP_USERS (8) users send one request after another for BENCH_HTTP_SECONDS (15) per phase, over shared
 * keep-alive connections. Request names are {@code <endpoint>} and {@code floor:<endpoint>}; HttpReport (bench/run)
 * turns Gatling's statistics into the ratios.
 */
public class HttpBench extends Simulation {

    static final int USERS = Env.integer("BENCH_HTTP_USERS", 8);
    static final Duration PHASE = Duration.ofSeconds(Env.integer("BENCH_HTTP_SECONDS", 15));
    static final Duration WARM_UP = Duration.ofSeconds(Env.integer("BENCH_HTTP_WARMUP_SECONDS", 10));
    /**
     * The floor app starts with each run while the services have been running: without a warm-up of its own its JIT is
     * cold in the first phases (418-1,591 req/s there against 3,400-5,300 later in the same run), which flattered the
     * first ratios. So the floor alone gets read and write load first.
     */
    static final Duration FLOOR_WARM_UP = Duration.ofSeconds(Env.integer("BENCH_HTTP_FLOOR_WARMUP_SECONDS", 20));
    static final String DUO = "Bearer " + Env.duoToken();
    static final String OFFICER = "Bearer " + Env.officerToken();

    /** The participants read and written for: known to pip and exam (registered first when too few). */
    static final List<String> POOL;
    /** Floor row ids: md5('floor-<n>') as a uuid, n = 1..10000 (the floor's V1 migration). */
    static final List<String> FLOOR_ROWS = new ArrayList<>();
    /** Participants registered in this run, each to get its initial PIP in the PIP phase. */
    static final Queue<String> REGISTERED = new ConcurrentLinkedQueue<>();
    static final AtomicLong EXAM_REGISTRATIONS = new AtomicLong();
    static final AtomicLong RESULTS = new AtomicLong();
    /** Exam writes earlier runs made per participant: this run's go on from there (one sitting per component a day). */
    static final java.util.Map<String, Integer> BOOKED;
    static final java.util.Map<String, Integer> ELSEWHERE;

    static {
        try {
            POOL = Participants.ensure(Env.integer("BENCH_POOL", 500), new Http());
            BOOKED = Participants.examWrites(POOL, "BOOKED_HERE");
            ELSEWHERE = Participants.examWrites(POOL, "BOOKED_ELSEWHERE");
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            for (int n = 1; n <= 10_000; n++) {
                String hex = HexFormat.of().formatHex(md5.digest(("floor-" + n).getBytes(StandardCharsets.US_ASCII)));
                FLOOR_ROWS.add(UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})",
                        "$1-$2-$3-$4-$5")).toString());
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare the HTTP benchmark", e);
        }
    }

    /** Gatling's response time of every request, by request name; failures (KO) counted apart. */
    static final Map<String, List<Double>> TIMES = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> FAILED = new ConcurrentHashMap<>();

    /** The request, timed: its response time is kept by name (and a KO counted), for the ratios in after(). */
    static ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        return exec(request.check(responseTimeInMillis().saveAs("rt"))).exec(s -> {
            if (s.isFailed() || !s.contains("rt")) {
                FAILED.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
            } else {
                TIMES.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>()))
                        .add((double) s.getInt("rt"));
            }
            return s.remove("rt");
        });
    }

    static String any(List<String> list) {
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }

    // ---------------------------------------------------------------- one request each

    static ChainBuilder floorRead(String name) {
        return exec(s -> s.set("row", any(FLOOR_ROWS))).exec(timed(name, http(name)
                .get(Env.floorUrl() + "/v1/rows/#{row}").header("Authorization", DUO).check(status().is(200))));
    }

    static ChainBuilder floorWrite(String name) {
        return timed(name, http(name).post(Env.floorUrl() + "/v1/rows").header("Authorization", DUO)
                .body(StringBody("{\"name\":\"A. Floor\",\"payload\":\"" + "x".repeat(200) + "\"}")).asJson()
                .check(status().is(201)));
    }

    static ChainBuilder read(String name, String service, String path) {
        return exec(s -> s.set("pid", any(POOL))).exec(timed(name, http(name).get(Env.url(service) + path)
                .header("Authorization", DUO).check(status().is(200))));
    }

    static ChainBuilder register(String name) {
        return exec(s -> s.set("bsn", Bsns.random())).exec(timed(name, http(name)
                        .post(Env.url("pip") + "/v1/participants")
                        .header("Authorization", DUO).header("Idempotency-Key", "#{randomUuid()}")
                        .body(StringBody(Bodies.register("#{bsn}", Participants.NAME))).asJson()
                        .check(status().is(201), jsonPath("$.id").saveAs("registered"))))
                .exec(s -> {
                    if (s.contains("registered")) {
                        REGISTERED.add(s.getString("registered"));
                    }
                    return s;
                });
    }

    /** An initial PIP for a participant registered in the register phase (each gets one). */
    static ChainBuilder plan(String name) {
        return exec(s -> {
            String id = REGISTERED.poll();
            if (id == null) { // the register phase made too few: counted as a KO of this phase
                FAILED.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
                return s;
            }
            return s.set("planned", id);
        }).doIf(s -> s.contains("planned")).then(timed(name, http(name)
                .post(Env.url("pip") + "/v1/participants/#{planned}/plans")
                .header("Authorization", OFFICER).header("Idempotency-Key", "#{randomUuid()}")
                .body(StringBody(Bodies.PLAN)).asJson().check(status().is(201))));
    }

    /** The n-th exam write goes to pool participant n mod size, with a component and day of its own. */
    static ChainBuilder examRegistration(String name) {
        return exec(s -> {
            long n = EXAM_REGISTRATIONS.getAndIncrement();
            String id = POOL.get((int) (n % POOL.size()));
            return s.set("body", Bodies.examRegistration(id, BOOKED.getOrDefault(id, 0) + (int) (n / POOL.size())));
        }).exec(timed(name, http(name).post(Env.url("exam") + "/v1/exam-registrations")
                .header("Authorization", OFFICER).header("Idempotency-Key", "#{randomUuid()}")
                .body(StringBody("#{body}")).asJson().check(status().is(201))));
    }

    static ChainBuilder result(String name) {
        return exec(s -> {
            long n = RESULTS.getAndIncrement();
            String id = POOL.get((int) (n % POOL.size()));
            return s.set("pid", id)
                    .set("body", Bodies.resultElsewhere(ELSEWHERE.getOrDefault(id, 0) + (int) (n / POOL.size())));
        }).exec(timed(name, http(name).post(Env.url("exam") + "/v1/participants/#{pid}/results-booked-elsewhere")
                .header("Authorization", DUO).header("Idempotency-Key", "#{randomUuid()}")
                .body(StringBody("#{body}")).asJson().check(status().is(201))));
    }


    // ---------------------------------------------------------------- the phases

    record Pair(String endpoint, boolean write, java.util.function.Function<String, ChainBuilder> request) {
    }

    static final List<Pair> PAIRS = List.of(
            new Pair("participant", false, n -> read(n, "pip", "/v1/participants/#{pid}")),
            new Pair("progress", false, n -> read(n, "pip", "/v1/participants/#{pid}/progress")),
            new Pair("exam-overview", false, n -> read(n, "exam", "/v1/participants/#{pid}/exams")),
            new Pair("register", true, HttpBench::register),
            new Pair("pip", true, HttpBench::plan),
            new Pair("exam-registration", true, HttpBench::examRegistration),
            new Pair("result", true, HttpBench::result));

    static PopulationBuilder phase(String name, ChainBuilder request, Duration length) {
        return scenario(name).exec(request).injectClosed(constantConcurrentUsers(USERS).during(length));
    }

    {
        HttpProtocolBuilder protocol = http.shareConnections().acceptHeader("application/json")
                .disableCaching().warmUp(Env.floorUrl() + "/q/health/live");
        // Warm-up: every request a few times over, not counted (names start with "warm-up").
        List<ChainBuilder> warm = new ArrayList<>();
        warm.add(floorRead("warm-up floor-read"));
        warm.add(floorWrite("warm-up floor-write"));
        for (Pair p : PAIRS) {
            if (!p.endpoint().equals("pip")) {
                warm.add(p.request().apply("warm-up " + p.endpoint()));
            }
        }
        // Back to back, each phase starting when the one before has ended: built from the last phase backwards.
        PopulationBuilder next = null;
        for (int i = PAIRS.size() - 1; i >= 0; i--) {
            Pair p = PAIRS.get(i);
            PopulationBuilder service = phase(p.endpoint(), p.request().apply(p.endpoint()), PHASE);
            PopulationBuilder floor = phase("floor:" + p.endpoint(),
                    p.write() ? floorWrite("floor:" + p.endpoint()) : floorRead("floor:" + p.endpoint()), PHASE);
            next = floor.andThen(next == null ? service : service.andThen(next));
        }
        PopulationBuilder first = scenario("warm-up floor").exec(floorRead("warm-up floor-read"),
                        floorWrite("warm-up floor-write"))
                .injectClosed(constantConcurrentUsers(USERS).during(FLOOR_WARM_UP))
                .andThen(scenario("warm-up").exec(warm)
                        .injectClosed(constantConcurrentUsers(USERS).during(WARM_UP)).andThen(next));
        setUp(first).protocols(protocol);
    }

    /** Each endpoint beside the floor phase right before it: throughput (OK answers per second) and p50/p99. */
    @Override
    public void after() {
        Report report = new Report("http").setting("users", USERS).setting("phase_seconds", PHASE.toSeconds())
                .setting("warm_up_seconds", WARM_UP.toSeconds()).setting("pool", POOL.size());
        double seconds = PHASE.toSeconds();
        for (Pair p : PAIRS) {
            Stats floor = Stats.of(TIMES.getOrDefault("floor:" + p.endpoint(), List.of()));
            Stats service = Stats.of(TIMES.getOrDefault(p.endpoint(), List.of()));
            double floorRps = floor.count() / seconds;
            double serviceRps = service.count() / seconds;
            report.row("endpoint", p.endpoint(), "rps", Stats.round(serviceRps), "floor_rps", Stats.round(floorRps),
                    "rps_ratio", ratio(serviceRps, floorRps), "p50_ms", service.p50(), "p99_ms", service.p99(),
                    "floor_p50_ms", floor.p50(), "floor_p99_ms", floor.p99(), "p99_ratio", ratio(service.p99(),
                            floor.p99()), "ko", failed(p.endpoint()), "floor_ko", failed("floor:" + p.endpoint()));
        }
        report.note("rps_ratio = service / floor throughput (target >= 0.5); p99_ratio = service / floor p99 "
                + "(target <= 2); each service phase ran right after its floor phase, same users and length");
        try {
            report.finish();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String ratio(double a, double b) {
        return b == 0 ? "" : String.format("%.2f", a / b);
    }

    static int failed(String name) {
        AtomicInteger n = FAILED.get(name);
        return n == null ? 0 : n.get();
    }
}
