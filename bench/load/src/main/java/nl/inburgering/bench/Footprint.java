package nl.inburgering.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgering.localstack.LocalStackProcess;

/**
 * Start time and memory of each service (issue 15 item 1): on a local stack of its own (BENCH_FOOTPRINT_PG_PORT 5434,
 * BENCH_FOOTPRINT_KAFKA_PORT 9094, controller +1), so its consumer groups, databases and events never touch the
 * running system, it starts each packaged service alone (twice: the first start migrates an empty database), then
 * all five together, and reads each one's RSS after BENCH_FOOTPRINT_IDLE_SECONDS (10) idle and again after
 * BENCH_FOOTPRINT_LOAD_SECONDS (30) of registrations, reads and results. The services run with run-local's JVM
 * options (local-stack/service-jvm.options) on ports BENCH_FOOTPRINT_BASE_PORT (8180) + 1..5.
 *
 * <p>Start time: from the process start to the first 200 of {@code /q/health/ready} (database and Kafka), polled
 * every 50 ms; Quarkus's own "started in" beside it. RSS: {@code VmRSS} of {@code /proc/<pid>/status}.
 */
public final class Footprint {

    static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    record Started(Process process, double readySeconds, Path log) {
    }

    public static void main(String[] args) throws Exception {
        int pgPort = Env.integer("BENCH_FOOTPRINT_PG_PORT", 5434);
        int kafkaPort = Env.integer("BENCH_FOOTPRINT_KAFKA_PORT", 9094);
        int basePort = Env.integer("BENCH_FOOTPRINT_BASE_PORT", 8180);
        int idle = Env.integer("BENCH_FOOTPRINT_IDLE_SECONDS", 10);
        int load = Env.integer("BENCH_FOOTPRINT_LOAD_SECONDS", 30);
        Report report = new Report("footprint").setting("pg_port", pgPort).setting("kafka_port", kafkaPort)
                .setting("base_port", basePort).setting("jvm_options", jvmOptions());
        System.setProperty("localstack.pg.port", Integer.toString(pgPort));
        System.setProperty("localstack.kafka.port", Integer.toString(kafkaPort));
        System.setProperty("localstack.kafka.controller-port", Integer.toString(kafkaPort + 1));
        Path logs = Env.root().resolve("bench/target/footprint");
        Files.createDirectories(logs);

        long t0 = System.nanoTime();
        try (LocalStackProcess stack = LocalStackProcess.startOrReuse()) {
            if (!stack.forked()) {
                throw new IllegalStateException("something answers on the footprint ports already (PostgreSQL "
                        + pgPort + ", Kafka " + kafkaPort + "): footprint needs a stack of its own");
            }
            double stackSeconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
            for (int i = 0; i < Env.SERVICES.size(); i++) {
                String s = Env.SERVICES.get(i);
                Map<String, Object> row = report.row("service", s);
                rows.put(s, row);
                Started first = start(s, basePort + 1 + i, stack, logs.resolve(s + "-first.log"));
                stop(first);
                Started alone = start(s, basePort + 1 + i, stack, logs.resolve(s + "-alone.log"));
                stop(alone);
                row.put("first_start_s", Stats.round(first.readySeconds()));
                row.put("start_alone_s", Stats.round(alone.readySeconds()));
                row.put("quarkus_started_in_s", startedIn(alone.log()));
            }
            // together: all five at once, each timed from its own process start
            Map<String, CompletableFuture<Started>> together = new LinkedHashMap<>();
            long t1 = System.nanoTime();
            for (int i = 0; i < Env.SERVICES.size(); i++) {
                String s = Env.SERVICES.get(i);
                int port = basePort + 1 + i;
                together.put(s, CompletableFuture.supplyAsync(() -> start(s, port, stack,
                        logs.resolve(s + "-together.log"))));
            }
            Map<String, Started> running = new LinkedHashMap<>();
            try {
                for (var e : together.entrySet()) {
                    running.put(e.getKey(), e.getValue().join());
                    rows.get(e.getKey()).put("start_together_s", Stats.round(e.getValue().join().readySeconds()));
                }
                double allReady = (System.nanoTime() - t1) / 1e9;
                Thread.sleep(idle * 1000L);
                running.forEach((s, p) -> rows.get(s).put("rss_idle_mb", rssMb(p.process())));
                Map<Integer, AtomicInteger> statuses = load(basePort, load);
                Thread.sleep(5_000);
                running.forEach((s, p) -> rows.get(s).put("rss_after_load_mb", rssMb(p.process())));
                report.row("service", "system", "first_start_s", "", "start_alone_s", "",
                        "quarkus_started_in_s", "", "start_together_s", Stats.round(stackSeconds + allReady));
                report.setting("stack_ready_s", Stats.round(stackSeconds));
                report.setting("five_together_ready_s", Stats.round(allReady));
                report.setting("load_statuses", statuses.toString());
                report.note("system start_together_s = local stack ready + the five started together until all ready");
                report.note("RSS after load: " + load + " s of 8 loops of register, read participant, progress, "
                        + "exam overview and a result booked elsewhere, then 5 s");
            } finally {
                running.values().forEach(Footprint::stop);
            }
        }
        report.finish();
        System.exit(0);
    }

    static List<String> jvmOptions() throws IOException {
        return Files.readAllLines(Env.root().resolve("local-stack/service-jvm.options")).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Starts the packaged service as run-local does and waits until it is ready. */
    static Started start(String service, int port, LocalStackProcess stack, Path log) {
        try {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "@" + Env.root().resolve("local-stack/service-jvm.options"),
                    "-Dquarkus.http.port=" + port, "-jar",
                    Env.root().resolve(service + "-service/target/quarkus-app/quarkus-run.jar").toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("DB_HOST", stack.pgHost());
            pb.environment().put("DB_PORT", Integer.toString(stack.pgPort()));
            pb.environment().put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
            Http http = new Http();
            long t0 = System.nanoTime();
            Process p = pb.start();
            String ready = "http://127.0.0.1:" + port + "/q/health/ready";
            while (!http.up(ready)) {
                if (!p.isAlive() || System.nanoTime() - t0 > 180_000_000_000L) {
                    p.destroyForcibly();
                    throw new IllegalStateException(service + "-service did not get ready; see " + log);
                }
                Thread.sleep(50);
            }
            return new Started(p, (System.nanoTime() - t0) / 1e9, log);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void stop(Started s) {
        s.process().destroy();
        try {
            if (!s.process().waitFor(30, TimeUnit.SECONDS)) {
                s.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Object startedIn(Path log) throws IOException {
        Matcher m = STARTED_IN.matcher(Files.readString(log));
        return m.find() ? Double.parseDouble(m.group(1)) : "";
    }

    static long rssMb(Process p) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
        return -1;
    }

    /** 8 loops, one request after another: register, then read it and record a result for it. */
    static Map<Integer, AtomicInteger> load(int basePort, int seconds) throws Exception {
        Http http = new Http();
        String pip = "http://127.0.0.1:" + (basePort + 1);
        String exam = "http://127.0.0.1:" + (basePort + 2);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<CompletableFuture<Void>> loops = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            loops.add(CompletableFuture.runAsync(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    Http.Answer a = http.post(pip + "/v1/participants", Env.duoToken(),
                            Bodies.register(Bsns.random(), Participants.NAME), UUID.randomUUID().toString()).join();
                    count(statuses, a);
                    if (!a.ok()) {
                        continue;
                    }
                    String id = Participants.id(a.body());
                    count(statuses, http.get(pip + "/v1/participants/" + id, Env.duoToken()).join());
                    count(statuses, http.get(pip + "/v1/participants/" + id + "/progress", Env.duoToken()).join());
                    // exam-service may not know the newcomer yet: a 404 is load all the same
                    count(statuses, http.get(exam + "/v1/participants/" + id + "/exams", Env.duoToken()).join());
                    count(statuses, http.post(exam + "/v1/participants/" + id + "/results-booked-elsewhere",
                            Env.duoToken(), Bodies.resultElsewhere(n++), UUID.randomUUID().toString()).join());
                }
            }));
        }
        CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).join();
        return statuses;
    }

    private static void count(Map<Integer, AtomicInteger> statuses, Http.Answer a) {
        statuses.computeIfAbsent(a.status(), k -> new AtomicInteger()).incrementAndGet();
    }
}
