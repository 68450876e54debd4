package nl.inburgering.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgering.duostub.DuoStubProcess;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackProcess;

/**
 * The system as operators run it: the local stack and the five packaged services
 * ({@code java -jar target/quarkus-app/quarkus-run.jar}) as separate processes. One instance per JVM,
 * started by the first test class and stopped when the JVM ends.
 *
 * <p>Services listen on 18081–18085 (not the run-local ports; {@code -Dsystemtests.base-port=N} moves them to
 * N+1…N+5, duo-gateway to N+6 and the DUO stub to N+10) and use the {@code <service>_test} databases, cleaned at
 * start, so a developer's running system is never touched.
 */
public final class SystemUnderTest {

    public static final List<String> SERVICES = List.of("pip", "exam", "map", "pvt", "deadline");
    private static final int BASE_PORT = Integer.getInteger("systemtests.base-port", 18080);
    private static SystemUnderTest instance;

    private final LocalStackProcess stack;
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Path root = Path.of(System.getProperty("systemtests.root", "..")).toAbsolutePath().normalize();
    private final Path logs = root.resolve("system-tests/target/service-logs");
    private DuoStubProcess duoStub;
    private Process duoGateway;

    public static synchronized SystemUnderTest get() {
        if (instance == null) {
            instance = new SystemUnderTest();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "system-under-test-stop"));
        }
        return instance;
    }

    private SystemUnderTest() {
        stack = LocalStackProcess.startOrReuse();
        try {
            Files.createDirectories(logs);
            for (String s : SERVICES) {
                processes.put(s, start(s));
            }
            for (String s : SERVICES) {
                awaitReady(s);
            }
        } catch (IOException | RuntimeException e) {
            // a service that died or never got ready: leave no process behind on the test ports
            stop();
            throw e instanceof RuntimeException r ? r : new IllegalStateException("cannot start the services", e);
        }
    }

    public static int port(String service) {
        return BASE_PORT + 1 + SERVICES.indexOf(service);
    }

    public static String url(String service) {
        return "http://localhost:" + port(service);
    }

    public LocalStackProcess stack() {
        return stack;
    }

    /**
     * A second instance of a service beside the first (issue 12 item 6): same database (not cleaned), same consumer
     * groups, its own port ({@code port(service) + 100}). Stop it with {@link Process#destroy()}.
     */
    public Process startSecondInstance(String service) throws IOException {
        Process second = start(service, port(service) + 100, false, service + "-service-2.log");
        try {
            awaitReady(service + " (second instance)", second, "http://localhost:" + (port(service) + 100));
        } catch (RuntimeException e) {
            second.destroyForcibly();
            throw e;
        }
        return second;
    }

    private Process start(String service) throws IOException {
        return start(service, port(service), true, service + "-service.log");
    }

    /** The process id of the service's (first) instance: the same before and after a fault means it was not restarted. */
    public synchronized long pid(String service) {
        return processes.get(service).pid();
    }

    /** Whether the service's (first) instance still runs. */
    public synchronized boolean alive(String service) {
        return processes.get(service).isAlive();
    }

    /** Kills the service with SIGKILL (no shutdown hook, no commit of anything in flight); returns at once. */
    public synchronized void kill(String service) {
        processes.get(service).destroyForcibly();
    }

    /** Starts a killed service again on its port and database (not cleaned) and waits until it is ready. */
    public synchronized void restart(String service) throws IOException, InterruptedException {
        processes.get(service).waitFor();
        processes.put(service, start(service, port(service), false, service + "-service-restarted.log"));
        awaitReady(service);
    }

    private Process start(String service, int port, boolean clean, String log) throws IOException {
        Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("not built: " + jar + " (run ./mvnw verify from the root)");
        }
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx192m", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.profile=local",
                "-Dquarkus.http.port=" + port,
                "-Ddb.name=" + service + "_test",
                "-Dquarkus.flyway.clean-at-start=" + clean, "-Dquarkus.flyway.clean-disabled=" + !clean,
                "-Dkit.consumer-group-suffix=.system-test",
                "-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(logs.resolve(log).toFile());
        pb.environment().put("DB_HOST", stack.pgHost());
        pb.environment().put("DB_PORT", String.valueOf(stack.pgPort()));
        pb.environment().put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
        return pb.start();
    }

    private void awaitReady(String service) {
        awaitReady(service, processes.get(service), url(service));
    }

    private void awaitReady(String service, Process process, String url) {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + "-service died; see " + logs);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                return r.statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** duo-gateway's port: the sixth service's (18086 by default). */
    public static int duoGatewayPort() {
        return BASE_PORT + 6;
    }

    public static String duoGatewayUrl() {
        return "http://localhost:" + duoGatewayPort();
    }

    /** The DUO stub's port (18090 by default). */
    public static int duoStubPort() {
        return BASE_PORT + 10;
    }

    public static String duoStubUrl() {
        return "http://127.0.0.1:" + duoStubPort();
    }

    /**
     * The sixth service, duo-gateway, and the DUO stub it talks to (issue 13), started on the first call and stopped by
     * {@link #stopDuoGateway()}: only the tests of the DUO interface pay for them, and the load tests run without. Its
     * consumer groups start at the end of the topics (what other tests produced before is not DUO's business here) and
     * end in {@code .system-test-duo}, so the lag checks of the other tests never wait for a stopped gateway.
     */
    public synchronized void startDuoGateway() throws IOException {
        if (duoGateway != null && duoGateway.isAlive()) {
            return;
        }
        duoStub = DuoStubProcess.start(duoStubPort(), "http://127.0.0.1:" + duoGatewayPort() + "/duo/v1",
                logs.resolve("duo-stub.log"));
        Path jar = root.resolve("duo-gateway/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("not built: " + jar + " (run ./mvnw verify from the root)");
        }
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx192m", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.profile=local", "-Dquarkus.http.port=" + duoGatewayPort(), "-Ddb.name=duo_gateway_test",
                "-Dquarkus.flyway.clean-at-start=true", "-Dquarkus.flyway.clean-disabled=false",
                "-Dkit.consumer-group-suffix=.system-test-duo",
                "-Dmp.messaging.connector.smallrye-kafka.auto.offset.reset=latest",
                "-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(logs.resolve("duo-gateway.log").toFile());
        pb.environment().put("DB_HOST", stack.pgHost());
        pb.environment().put("DB_PORT", String.valueOf(stack.pgPort()));
        pb.environment().put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
        pb.environment().put("DUO_URL", duoStubUrl());
        pb.environment().put("BRP_URL", duoStubUrl() + "/brp");
        pb.environment().put("PIP_URL", url("pip"));
        pb.environment().put("EXAM_URL", url("exam"));
        pb.environment().put("DEADLINE_URL", url("deadline"));
        pb.environment().put("DUO_GATEWAY_TOKEN", DevTokens.duoGateway(Duration.ofHours(8)));
        duoGateway = pb.start();
        try {
            awaitReady("duo-gateway", duoGateway, duoGatewayUrl());
        } catch (RuntimeException e) {
            stopDuoGateway();
            throw e;
        }
    }

    public synchronized void stopDuoGateway() {
        if (duoGateway != null) {
            duoGateway.destroy();
            try {
                if (!duoGateway.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    duoGateway.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            duoGateway = null;
        }
        if (duoStub != null) {
            duoStub.close();
            duoStub = null;
        }
    }

    private synchronized void stop() {
        stopDuoGateway();
        for (Process p : processes.values()) {
            p.destroy();
        }
        for (Process p : processes.values()) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
