package nl.inburgering.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One real stack, forked on free ports (never a developer's 9092/5433), through its whole life:
 * start, use, a second launcher refused, kill -9 and orphan cleanup, clean close.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackProcessTest {

    private static LocalStackConfig ports;
    private static LocalStackProcess stack;

    @BeforeAll
    static void useFreePorts() throws IOException {
        int[] free = freePorts(3);
        ports = new LocalStackConfig(free[0], free[1], free[2]);
        System.setProperty(LocalStackConfig.KAFKA_PORT_PROPERTY, Integer.toString(ports.kafkaPort()));
        System.setProperty(LocalStackConfig.CONTROLLER_PORT_PROPERTY, Integer.toString(ports.controllerPort()));
        System.setProperty(LocalStackConfig.PG_PORT_PROPERTY, Integer.toString(ports.pgPort()));
    }

    @AfterAll
    static void stopAndForget() throws IOException {
        if (stack != null) {
            stack.close();
        }
        // After a failed test: never leave a PostgreSQL of ours running, then forget this port's state.
        LauncherState.readState(ports.pgPort()).ifPresent(state -> {
            String pid = state.getProperty(LauncherState.KEY_POSTMASTER_PID);
            if (pid != null) {
                LauncherState.stopPostmaster(Long.parseLong(pid), Path.of(state.getProperty(LauncherState.KEY_PG_DATA_DIR)));
            }
        });
        System.clearProperty(LocalStackConfig.KAFKA_PORT_PROPERTY);
        System.clearProperty(LocalStackConfig.CONTROLLER_PORT_PROPERTY);
        System.clearProperty(LocalStackConfig.PG_PORT_PROPERTY);
        LauncherState.deleteRecursively(LauncherState.stateDir(ports.pgPort()));
    }

    @Test
    @Order(1)
    void startsKafkaAndPostgresWithTopicsRolesAndDatabases() throws Exception {
        long t0 = System.nanoTime();
        stack = LocalStackProcess.startOrReuse();
        System.out.printf("local stack forked and ready in %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        assertTrue(stack.forked());
        assertEquals("127.0.0.1:" + ports.kafkaPort(), stack.kafkaBootstrapServers());
        assertEquals("127.0.0.1", stack.pgHost());
        assertEquals(ports.pgPort(), stack.pgPort());
        assertSame(stack, LocalStackProcess.startOrReuse(), "one stack per JVM");
        assertEquals(Map.of("kafka.bootstrap.servers", "127.0.0.1:" + ports.kafkaPort(), "db.host", "127.0.0.1",
                "db.port", Integer.toString(ports.pgPort())), new LocalStackResource().start());
        assertSame(stack, LocalStackProcess.startOrReuse(), "the Quarkus resource shares the stack");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(LocalStackConfig.TOPICS).allTopicNames().get(30, TimeUnit.SECONDS);
            assertEquals(10, topics.size());
            assertTrue(topics.containsKey("pip.events") && topics.containsKey("deadline.events.dlq"));
            topics.values().forEach(t -> assertEquals(3, t.partitions().size(), t.name()));
        }

        // Every role owns its databases, so it may create tables in schema public (PostgreSQL 15+).
        for (String service : LocalStackConfig.SERVICES) {
            for (String db : List.of(service, service + "_test")) {
                try (Connection c = connect(db, service); Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE probe (id int PRIMARY KEY)");
                    s.execute("INSERT INTO probe VALUES (1)");
                    try (ResultSet rs = s.executeQuery("SELECT count(*), current_user FROM probe")) {
                        assertTrue(rs.next());
                        assertEquals(1, rs.getInt(1));
                        assertEquals(service, rs.getString(2));
                    }
                }
            }
        }
    }

    @Test
    @Order(2)
    void aSecondLauncherOnTheSamePortsIsRefused() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ports.asSystemPropertyArguments());
        command.addAll(List.of("-cp", LocalStackProcess.launcherClasspath(), LocalStackProcess.LAUNCHER_MAIN_CLASS));
        Process second = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, second.exitValue(), output);
        assertTrue(output.contains("already running") && output.contains("pid " + stack.launcher().orElseThrow().pid()), output);
        assertFalse(output.contains(LocalStackProcess.READY_PREFIX), output);
    }

    @Test
    @Order(3)
    void aPostgresOrphanedByKill9IsStoppedAtTheNextStart() throws Exception {
        Properties before = LauncherState.readState(ports.pgPort()).orElseThrow();
        long orphan = Long.parseLong(before.getProperty(LauncherState.KEY_POSTMASTER_PID));
        Path orphanData = Path.of(before.getProperty(LauncherState.KEY_PG_DATA_DIR));

        ProcessHandle launcher = stack.launcher().orElseThrow();
        launcher.destroyForcibly(); // kill -9: no shutdown hook runs
        launcher.onExit().get(10, TimeUnit.SECONDS); // our child: returns once all its threads (and sockets) are gone
        assertTrue(running(orphan), "kill -9 of the launcher leaves its PostgreSQL running");
        assertTrue(LocalStackProcess.accepts(ports.pgPort()));
        assertFalse(LocalStackProcess.accepts(ports.kafkaPort()));

        long t0 = System.nanoTime();
        stack = LocalStackProcess.startOrReuse(); // Kafka is gone, so this forks; the new launcher reaps the orphan
        System.out.printf("local stack (warm, after orphan cleanup) ready in %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        assertTrue(stack.forked());
        assertFalse(running(orphan), "orphaned postmaster " + orphan + " still runs");
        assertFalse(Files.exists(orphanData), "orphan's data dir was not removed");
        Properties after = LauncherState.readState(ports.pgPort()).orElseThrow();
        assertNotEquals(Long.toString(orphan), after.getProperty(LauncherState.KEY_POSTMASTER_PID));
        assertEquals(Long.toString(stack.launcher().orElseThrow().pid()), after.getProperty(LauncherState.KEY_LAUNCHER_PID));
        try (Connection c = connect("pip_test", "pip"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE fresh (id int)"); // a fresh database: the table of the first run is gone
        }
    }

    @Test
    @Order(4)
    void closeStopsEverythingAndLeavesNoPostgres() throws Exception {
        Properties state = LauncherState.readState(ports.pgPort()).orElseThrow();
        long postmaster = Long.parseLong(state.getProperty(LauncherState.KEY_POSTMASTER_PID));
        Path runDir = Path.of(state.getProperty(LauncherState.KEY_RUN_DIR));
        ProcessHandle launcher = stack.launcher().orElseThrow();

        long t0 = System.nanoTime();
        stack.close();
        System.out.printf("local stack stopped in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        stack = null;

        assertFalse(launcher.isAlive());
        assertTrue(LauncherState.waitForExit(ProcessHandle.of(postmaster).orElse(launcher), Duration.ofSeconds(5)),
                "postmaster " + postmaster + " survived close()");
        assertFalse(LocalStackProcess.accepts(ports.pgPort()));
        assertFalse(LocalStackProcess.accepts(ports.kafkaPort()));
        assertFalse(Files.exists(runDir), "data left behind in " + runDir);
        assertTrue(LauncherState.readState(ports.pgPort()).isEmpty(), "state file left behind");
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(LauncherState::isRunning).orElse(false);
    }

    private static Connection connect(String db, String role) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + ports.pgPort() + "/" + db, role, role);
    }

    private static int[] freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] result = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(s);
                result[i] = s.getLocalPort();
            }
            return result;
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }
}
