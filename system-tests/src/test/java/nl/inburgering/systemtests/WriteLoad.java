package nl.inburgering.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.testing.TestBsns;

/**
 * A steady stream of REST writes across the services at a fixed rate, as partners and officers send them (issue 14
 * items 1 and 3): two in five are pip-service's (DUO registers a participant; the officer sets the PIP of one registered
 * earlier in the stream), three in five go to exam-service (DUO reports a result booked elsewhere) and map-service (the
 * officer records a MAP part) for a prepared pool of participants that both services know already. Each pool
 * participant gets the same 16 writes in the same order: the five exams passed and the MAP from its themes to the final
 * interview, so its state at the end is known. Every write carries an Idempotency-Key; with {@code retryWhile503} a 503
 * is retried after its Retry-After with the same key, as the answer asks.
 *
 * <p>Plain JDK HTTP client, asynchronous: the rate never waits for answers (a slow service shows in the latencies),
 * and one participant's writes go one after another.
 */
final class WriteLoad {

    static final String GM = "GM0363";
    static final String REGISTER = """
            {"bsn":"%s","name":"L. Load","dateOfBirth":"1988-08-08","targetGroup":"ASYLUM_PERMIT_HOLDER",
             "municipalityCode":"GM0363","obligationStartDate":"2026-01-15","notificationDate":"2026-01-20",
             "municipalityRegistrationDate":"2026-01-10"}""";
    static final String PLAN = "{\"dateOfIssue\":\"2026-02-01\",\"route\":\"B1\",\"literacyIndicator\":\"NVT\"}";
    static final List<String> THEMES = List.of("CAREER_ORIENTATION", "EMPLOYEE_COMPETENCIES",
            "REALISTIC_VIEW_OF_OCCUPATIONS", "JOB_PROSPECTS", "OCCUPATIONAL_COMPETENCIES", "BUILDING_A_NETWORK",
            "FINDING_WORK", "WORK_CULTURE");

    /** One write: where, as whom, what. */
    record Write(String service, String path, String token, String body) {
    }

    /** Its answer (status -1: no answer within the client's timeout or a broken connection). */
    record Answer(int status, String contentType, String body, double seconds) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4)).build();
    // minted once: an RSA signature per write would cost the load generator a core
    private static final String DUO = DevTokens.duo();
    private static final String OFFICER = DevTokens.officer(GM);
    private final String duo = DUO;
    private final String officer = OFFICER;
    private final boolean retryWhile503;

    // what the stream made
    final Queue<String> registered = new ConcurrentLinkedQueue<>();
    final List<String> planned = Collections.synchronizedList(new ArrayList<>());
    final List<String> poolDone = Collections.synchronizedList(new ArrayList<>());
    // figures
    final Map<String, Map<Integer, AtomicInteger>> statuses = new ConcurrentHashMap<>();
    final Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
    final Queue<String> failures = new ConcurrentLinkedQueue<>();
    final AtomicInteger retries = new AtomicInteger();
    final AtomicInteger skippedSlots = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong sent = new AtomicLong();

    // the pool: participants ready for their 16 writes, and those being written now
    private final Queue<String> pool = new ConcurrentLinkedQueue<>();
    private final Deque<PoolParticipant> window = new ArrayDeque<>();

    private static final class PoolParticipant {
        final String id;
        int step;
        volatile boolean busy;

        PoolParticipant(String id) {
            this.id = id;
        }
    }

    WriteLoad(boolean retryWhile503) {
        this.retryWhile503 = retryWhile503;
    }

    // ---------------------------------------------------------------- preparing the pool

    /**
     * Registers {@code n} participants with a PIP and their MAP start interview, and waits until exam- and map-service
     * know them (map-service knows the term too: the start interview needs it). Returns their ids, now in the pool.
     */
    List<String> preparePool(int n) throws InterruptedException {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(8);
        CountDownLatch done = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            workers.submit(() -> {
                try {
                    String id = JSON.readTree(call(register()).body()).get("id").asText();
                    call(new Write("pip", "/v1/participants/" + id + "/plans", officer, PLAN));
                    until201(new Write("map", "/v1/participants/" + id + "/map/start-interview", officer,
                            "{\"date\":\"2026-06-01\"}"));
                    String participant = DevTokens.participant(UUID.fromString(id));
                    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                    while (get("exam", "/v1/participants/" + id + "/exams/free-attempts", participant) != 200) {
                        if (System.nanoTime() > deadline) {
                            throw new AssertionError("exam-service never learnt " + id);
                        }
                        Thread.sleep(250);
                    }
                    ids.add(id);
                } catch (Exception e) {
                    failures.add("pool: " + e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(300, TimeUnit.SECONDS);
        workers.shutdownNow();
        if (ids.size() != n) {
            throw new AssertionError("pool of " + n + " prepared " + ids.size() + ": " + List.copyOf(failures));
        }
        pool.addAll(ids);
        return List.copyOf(ids);
    }

    private Answer call(Write w) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(w, UUID.randomUUID().toString()), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new AssertionError(w.path() + " answered " + r.statusCode() + ": " + r.body());
        }
        return new Answer(r.statusCode(), null, r.body(), 0);
    }

    /** The start interview: map-service answers 409 TERM-NOT-YET-KNOWN until deadline-service's term has reached it. */
    private void until201(Write w) throws IOException, InterruptedException {
        String key = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            HttpResponse<String> r = http.send(request(w, key), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201) {
                return;
            }
            if (System.nanoTime() > deadline || (r.statusCode() != 404 && r.statusCode() != 409)) {
                throw new AssertionError(w.path() + " answered " + r.statusCode() + ": " + r.body());
            }
            Thread.sleep(250);
        }
    }

    int get(String service, String path, String token) throws IOException, InterruptedException {
        return getAnswer(service, path, token).status();
    }

    Answer getAnswer(String service, String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(SystemUnderTest.url(service) + path))
                .timeout(TIMEOUT).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), 0);
    }

    // ---------------------------------------------------------------- the stream

    /**
     * Sends writes at {@code perSecond} for {@code duration}, calling {@code atSecond} once per whole second from a
     * separate thread (to stop the broker or the database halfway), then waits for every answer, retries included.
     */
    void run(int perSecond, Duration duration, Consumer<Integer> atSecond) throws InterruptedException {
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        ExecutorService side = Executors.newSingleThreadExecutor();
        AtomicLong slot = new AtomicLong();
        long slots = perSecond * duration.toSeconds();
        CountDownLatch end = new CountDownLatch(1);
        ticks.scheduleAtFixedRate(() -> {
            long i = slot.getAndIncrement();
            if (i >= slots) {
                end.countDown();
                return;
            }
            if (i % perSecond == 0) {
                int second = (int) (i / perSecond);
                side.submit(() -> atSecond.accept(second));
            }
            try {
                if (i % 5 < 2) {
                    pipSlot();
                } else {
                    poolSlot();
                }
            } catch (RuntimeException e) {
                failures.add("slot " + i + ": " + e);
            }
        }, 0, 1_000_000_000L / perSecond, TimeUnit.NANOSECONDS);
        end.await();
        ticks.shutdownNow();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        side.shutdown();
        side.awaitTermination(60, TimeUnit.SECONDS);
    }

    /**
     * After the stream: the remaining writes of each pool participant the stream began, one after another, so that each
     * ends in the same state. Pool participants the stream never reached stay as prepared and are not counted.
     */
    void finishPool() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (window.stream().anyMatch(p -> p.busy) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        for (PoolParticipant p : List.copyOf(window)) {
            try {
                while (p.step < 16) {
                    call(poolStep(p.id, p.step++));
                }
                poolDone.add(p.id);
            } catch (AssertionError e) {
                failures.add("finishing " + p.id + ": " + e.getMessage()); // the failure before it is listed too
            }
            window.remove(p);
        }
    }

    /** After the stream: the PIP of each participant registered too late in it to get one, so every newcomer has one. */
    void planLeftovers() throws IOException, InterruptedException {
        for (String id; (id = registered.poll()) != null; ) {
            call(new Write("pip", "/v1/participants/" + id + "/plans", officer, PLAN));
            planned.add(id);
        }
    }

    /** A PIP for a participant registered earlier in the stream, or else a new registration. */
    private void pipSlot() {
        String id = registered.poll();
        if (id != null) {
            send(new Write("pip", "/v1/participants/" + id + "/plans", officer, PLAN), a -> planned.add(id));
        } else {
            send(register(), a -> registered.add(readId(a)));
        }
    }

    /** The next write of a pool participant whose previous write is answered; the window refills from the pool. */
    private void poolSlot() {
        while (window.size() < 64 && !pool.isEmpty()) {
            window.addLast(new PoolParticipant(pool.poll()));
        }
        for (int tried = 0; tried < window.size(); tried++) {
            PoolParticipant p = window.pollFirst();
            window.addLast(p);
            if (!p.busy) {
                p.busy = true;
                Write w = poolStep(p.id, p.step);
                boolean last = ++p.step == 16;
                if (last) {
                    window.remove(p);
                }
                send(w, a -> {
                    p.busy = false;
                    if (last) {
                        poolDone.add(p.id);
                    }
                });
                return;
            }
        }
        skippedSlots.incrementAndGet();
    }

    /**
     * The pool participant's writes, in this order: the five exams each before one of the first five of the eight
     * themes, then the other themes, the work experience and the final interview.
     */
    static Write poolStep(String id, int step) {
        ExamComponent[] exams = ExamComponent.values();
        if (step < 2 * exams.length) {
            int i = step / 2;
            return step % 2 == 0 ? examPassed(id, exams[i], i) : theme(id, i);
        }
        int rest = step - 2 * exams.length; // 0..5: themes 5..7, two days of work, the final interview
        if (rest < THEMES.size() - exams.length) {
            return theme(id, exams.length + rest);
        }
        rest -= THEMES.size() - exams.length;
        if (rest < 2) {
            return map(id, "work-experience", "{\"date\":\"2026-08-0" + (3 + rest) + "\",\"kind\":\"VOLUNTEERING\","
                    + "\"organisation\":\"Voedselbank\",\"hours\":20}");
        }
        return map(id, "final-interviews", "{\"date\":\"2026-09-01\",\"outcome\":\"SUFFICIENT\"}");
    }

    private static Write theme(String id, int i) {
        return map(id, "themes", "{\"theme\":\"" + THEMES.get(i) + "\",\"completedOn\":\"2026-07-01\"}");
    }

    private static Write examPassed(String id, ExamComponent c, int day) {
        String examDay = "2026-03-0" + (2 + day);
        return new Write("exam", "/v1/participants/" + id + "/results-booked-elsewhere", DUO,
                "{\"component\":\"" + c + "\"," + (c.isLanguage() ? "\"level\":\"B1\"," : "")
                        + "\"examDate\":\"" + examDay + "\",\"result\":{\"outcome\":\"PASSED\",\"score\":70,"
                        + "\"resultDate\":\"2026-03-25\"},\"reference\":\"load-" + c + "\"}");
    }

    private static Write map(String id, String part, String body) {
        return new Write("map", "/v1/participants/" + id + "/map/" + part, OFFICER, body);
    }

    private Write register() {
        return new Write("pip", "/v1/participants", duo, REGISTER.formatted(TestBsns.random()));
    }

    private static String readId(Answer a) {
        try {
            JsonNode id = JSON.readTree(a.body()).get("id");
            return id == null ? null : id.asText();
        } catch (IOException e) {
            return null;
        }
    }

    private HttpRequest request(Write w, String key) {
        return HttpRequest.newBuilder(URI.create(SystemUnderTest.url(w.service()) + w.path())).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + w.token()).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(w.body())).build();
    }

    private void send(Write w, Consumer<Answer> onSuccess) {
        send(w, UUID.randomUUID().toString(), onSuccess);
    }

    private void send(Write w, String key, Consumer<Answer> onSuccess) {
        inFlight.incrementAndGet();
        sent.incrementAndGet();
        long start = System.nanoTime();
        http.sendAsync(request(w, key), HttpResponse.BodyHandlers.ofString()).whenComplete((r, failure) -> {
            try {
                Answer a = failure != null ? new Answer(-1, "", String.valueOf(failure), (System.nanoTime() - start) / 1e9)
                        : new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                                (System.nanoTime() - start) / 1e9);
                statuses.computeIfAbsent(w.service(), s -> new ConcurrentHashMap<>())
                        .computeIfAbsent(a.status(), s -> new AtomicInteger()).incrementAndGet();
                latencies.computeIfAbsent(w.service(), s -> Collections.synchronizedList(new ArrayList<>()))
                        .add(a.seconds());
                if (a.status() / 100 == 2) {
                    onSuccess.accept(a);
                } else if (a.status() == 503 && retryWhile503 && a.contentType().startsWith("application/problem+json")) {
                    retries.incrementAndGet();
                    long after = r.headers().firstValueAsLong("Retry-After").orElse(1);
                    inFlight.incrementAndGet(); // the retry to come counts as in flight, so run() waits for it
                    CompletableDelay.after(Duration.ofSeconds(after), () -> {
                        send(w, key, onSuccess);
                        inFlight.decrementAndGet();
                    });
                } else {
                    failures.add(w.service() + " " + w.path() + " -> " + a.status() + " " + a.contentType() + " "
                            + (a.body().length() > 300 ? a.body().substring(0, 300) : a.body()));
                }
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    /** Every write sent (retries included). */
    long sent() {
        return sent.get();
    }

    /** A line per service: statuses, p50/p99/max seconds. */
    String table() {
        StringBuilder b = new StringBuilder();
        for (String service : new TreeMap<>(statuses).keySet()) {
            List<Double> l = new ArrayList<>(latencies.getOrDefault(service, List.of()));
            Collections.sort(l);
            b.append(String.format("  %-5s %s  p50 %.3f s  p99 %.3f s  max %.3f s%n", service,
                    new TreeMap<>(statuses.get(service)), pct(l, 0.50), pct(l, 0.99), l.isEmpty() ? 0 : l.get(l.size() - 1)));
        }
        return b.toString();
    }

    static double pct(List<Double> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    /** A delay without a thread of its own per call. */
    private static final class CompletableDelay {
        private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "write-load-retry");
            t.setDaemon(true);
            return t;
        });

        static void after(Duration delay, Runnable action) {
            TIMER.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
