package nl.inburgering.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The local infrastructure in one JVM: a single-node KRaft Kafka broker and an embedded PostgreSQL,
 * with the roles, databases and topics of the five services. Loopback only, development and tests only.
 *
 * <pre>
 * java -Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
 *      -cp "local-stack/target/classes:$(cat local-stack/target/classes/local-stack/classpath.txt)" \
 *      nl.inburgering.localstack.LocalStack [--exit-on-stdin-close]
 * </pre>
 *
 * Prints exactly one line to stdout, {@code LOCAL-STACK READY kafka=127.0.0.1:<port> postgres=127.0.0.1:<port>},
 * once everything is usable; everything else goes to stderr. Exit codes: 0 stopped, 1 failed to start,
 * 2 another launcher of ours already runs on these ports, 3 a port is taken by something else, 64 bad arguments.
 */
public final class LocalStack {

    // The launcher's protocol (ready line, flag, JVM options) lives in LocalStackProcess, so a test JVM can
    // fork this class without ever loading it, i.e. without Kafka or zonky on its classpath.
    private static final String READY_PREFIX = LocalStackProcess.READY_PREFIX;
    private static final String EXIT_ON_STDIN_CLOSE = LocalStackProcess.EXIT_ON_STDIN_CLOSE;
    private static final List<String> TOPICS = LocalStackConfig.TOPICS;
    private static final int PARTITIONS = LocalStackConfig.PARTITIONS;

    private static final String LOG_CONFIG = "local-stack-log4j2.xml";

    private final LocalStackConfig config;
    private final CountDownLatch stopped = new CountDownLatch(1);
    // start() holds it; stop() waits for it only for a while, so an exit called during start cannot deadlock.
    private final ReentrantLock lifecycle = new ReentrantLock();
    private volatile boolean stopping;
    private volatile LauncherState state;
    private volatile KafkaRaftServer kafka;
    private volatile EmbeddedPostgres postgres;
    private volatile Path pgDataDir;
    private volatile String timings = "";
    /** The broker's configuration, kept so that a test can stop and start the broker again (outage tests). */
    private volatile Properties kafkaProps;

    /** Commands a parent may write to stdin (one per line), each answered on stdout once done. */
    public static final String COMMAND_KAFKA_STOP = "kafka-stop";
    public static final String COMMAND_KAFKA_START = "kafka-start";
    /** PostgreSQL's "fast" shutdown (clients disconnected), keeping its data; pg-start brings it back. */
    public static final String COMMAND_PG_STOP = "pg-stop";
    public static final String COMMAND_PG_START = "pg-start";
    public static final String ANSWER_PREFIX = LocalStackProcess.ANSWER_PREFIX;

    LocalStack(LocalStackConfig config) {
        this.config = config;
    }

    public static void main(String[] args) {
        // Before any Kafka or zonky class asks for a logger.
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", LOG_CONFIG);
        }
        // Initialise SLF4J on this thread: Kafka and PostgreSQL start in parallel and would race to do it
        // (SLF4J then warns about "substitute loggers" and drops their first messages).
        org.slf4j.LoggerFactory.getLogger(LocalStack.class);
        boolean exitOnStdinClose = false;
        for (String arg : args) {
            if (EXIT_ON_STDIN_CLOSE.equals(arg)) {
                exitOnStdinClose = true;
            } else {
                System.err.println("unknown argument: " + arg);
                System.err.println("usage: LocalStack [" + EXIT_ON_STDIN_CLOSE + "]  (ports: -D"
                        + LocalStackConfig.KAFKA_PORT_PROPERTY + ", -D" + LocalStackConfig.CONTROLLER_PORT_PROPERTY
                        + ", -D" + LocalStackConfig.PG_PORT_PROPERTY + " or " + LocalStackConfig.KAFKA_PORT_ENV + ", "
                        + LocalStackConfig.CONTROLLER_PORT_ENV + ", " + LocalStackConfig.PG_PORT_ENV + ")");
                System.exit(64);
            }
        }
        LocalStackConfig config;
        try {
            config = LocalStackConfig.current();
        } catch (IllegalArgumentException e) {
            System.err.println("LOCAL-STACK ERROR: " + e.getMessage());
            System.exit(64);
            return;
        }

        LocalStack stack = new LocalStack(config);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
        if (exitOnStdinClose) {
            watchStdin(stack);
        }
        long t0 = System.nanoTime();
        try {
            stack.start();
        } catch (StartupException e) {
            System.err.println("LOCAL-STACK ERROR: " + e.getMessage());
            System.exit(e.exitCode); // the shutdown hook removes whatever did start
        } catch (Exception e) {
            System.err.println("LOCAL-STACK ERROR: start failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        if (stack.stopping) {
            stack.awaitStop();
            return;
        }
        System.err.printf("local-stack: ready in %.1f s (%s); roles/databases %s (+ _test), %d topics; stop with Ctrl-C or kill -TERM %d%n",
                (System.nanoTime() - t0) / 1e9, stack.timings, LocalStackConfig.SERVICES, TOPICS.size(),
                ProcessHandle.current().pid());
        System.out.println(READY_PREFIX + " kafka=" + config.kafkaBootstrapServers()
                + " postgres=" + LocalStackConfig.HOST + ":" + config.pgPort());
        System.out.flush();
        stack.awaitStop();
    }

    /**
     * The parent holds our stdin; when it dies (even by kill -9) the pipe closes and we stop. The parent may
     * also stop and start the broker, to test what the services do while Kafka is away.
     */
    private static void watchStdin(LocalStack stack) {
        Thread watcher = new Thread(() -> {
            try (java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    stack.command(line.trim());
                }
            } catch (IOException e) {
                // a broken stdin means the same as EOF
            }
            System.err.println("local-stack: stdin closed, stopping");
            System.exit(0);
        }, "local-stack-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    void start() throws Exception {
        lifecycle.lock();
        try {
            if (stopping) {
                throw new StartupException(1, "stop requested before start");
            }
            doStart();
        } finally {
            lifecycle.unlock();
        }
    }

    private void doStart() throws Exception {
        long t0 = System.nanoTime();
        state = LauncherState.acquire(config);
        Optional<String> reaped = state.reapOrphans();
        reaped.ifPresent(note -> System.err.println("local-stack: " + note));
        long reapNanos = System.nanoTime() - t0;
        checkPortFree(config.pgPort(), "PostgreSQL", LocalStackConfig.PG_PORT_PROPERTY, LocalStackConfig.PG_PORT_ENV);
        checkPortFree(config.kafkaPort(), "Kafka", LocalStackConfig.KAFKA_PORT_PROPERTY, LocalStackConfig.KAFKA_PORT_ENV);
        checkPortFree(config.controllerPort(), "Kafka controller", LocalStackConfig.CONTROLLER_PORT_PROPERTY,
                LocalStackConfig.CONTROLLER_PORT_ENV);

        Path runDir = state.newRunDir();
        pgDataDir = runDir.resolve("pgdata");
        // Recorded before PostgreSQL starts: if we are killed from here on, the next launcher finds its data dir.
        state.record(Map.of(
                LauncherState.KEY_LAUNCHER_PID, Long.toString(ProcessHandle.current().pid()),
                LauncherState.KEY_STARTED, LauncherState.now(),
                LauncherState.KEY_KAFKA_PORT, Integer.toString(config.kafkaPort()),
                LauncherState.KEY_CONTROLLER_PORT, Integer.toString(config.controllerPort()),
                LauncherState.KEY_PG_PORT, Integer.toString(config.pgPort()),
                LauncherState.KEY_RUN_DIR, runDir.toString(),
                LauncherState.KEY_PG_DATA_DIR, pgDataDir.toString()));

        // Both at once: much of each is waiting on the other process (initdb, pg_ctl) or on the Raft/broker
        // handshake. Measured on 2 cores: ready in ~3.5 s in parallel, ~6.5 s one after the other.
        long t1 = System.nanoTime();
        long[] pgNanos = new long[1];
        CompletableFuture<EmbeddedPostgres> pg = CompletableFuture.supplyAsync(() -> {
            try {
                EmbeddedPostgres started = startPostgres(pgDataDir);
                pgNanos[0] = System.nanoTime() - t1;
                return started;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        Exception failure = null;
        try {
            startKafka(runDir);
            createTopics();
        } catch (Exception e) {
            failure = e;
        }
        long kafkaNanos = System.nanoTime() - t1;
        try {
            postgres = pg.join();
        } catch (CompletionException e) {
            Exception cause = e.getCause() instanceof Exception ex ? ex : e;
            if (failure == null) {
                failure = cause;
            } else {
                failure.addSuppressed(cause);
            }
        }
        if (failure != null) {
            throw failure;
        }
        timings = String.format("kafka+topics %.1f s, postgres+databases %.1f s in parallel%s", kafkaNanos / 1e9,
                pgNanos[0] / 1e9, reaped.isPresent() ? String.format(", orphan cleanup %.1f s", reapNanos / 1e9) : "");
    }

    /** Runs one stdin command; answers {@code LOCAL-STACK ANSWER STOPPED|STARTED|FAILED <reason>}. */
    void command(String command) {
        if (!List.of(COMMAND_KAFKA_STOP, COMMAND_KAFKA_START, COMMAND_PG_STOP, COMMAND_PG_START).contains(command)) {
            return; // anything else only signals the parent's life
        }
        lifecycle.lock();
        try {
            if (stopping) {
                return;
            }
            switch (command) {
                case COMMAND_KAFKA_STOP -> {
                    if (kafka != null) {
                        kafka.shutdown();
                        kafka.awaitShutdown();
                        kafka = null;
                    }
                    answer("STOPPED");
                }
                case COMMAND_KAFKA_START -> {
                    if (kafka == null) {
                        // Same config and log dirs: the storage is formatted already, the topics and data are kept.
                        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(kafkaProps, false), Time.SYSTEM);
                        kafka = server;
                        server.startup();
                    }
                    answer("STARTED");
                }
                case COMMAND_PG_STOP -> {
                    LauncherState.postmasterPidOf(pgDataDir).ifPresent(pid -> LauncherState.stopPostmaster(pid, pgDataDir));
                    answer("STOPPED");
                }
                default -> {
                    restartPostgres();
                    answer("STARTED");
                }
            }
        } catch (RuntimeException | IOException e) {
            answer("FAILED " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer("FAILED interrupted");
        } finally {
            lifecycle.unlock();
        }
    }

    /**
     * Starts PostgreSQL again on its data directory after {@link #COMMAND_PG_STOP}, with the options zonky started it
     * with: {@code pg_ctl restart} of a stopped server starts it from {@code postmaster.opts}, which PostgreSQL wrote at
     * the first start. Output goes to the same server log.
     */
    private void restartPostgres() throws IOException, InterruptedException {
        if (LauncherState.postmasterPidOf(pgDataDir).flatMap(ProcessHandle::of).filter(LauncherState::isRunning)
                .isPresent()) {
            return;
        }
        String opts = Files.readString(pgDataDir.resolve("postmaster.opts"), StandardCharsets.UTF_8).trim();
        // The first word is the postgres binary (quoted or not); pg_ctl is beside it.
        String binary = opts.startsWith("\"") ? opts.substring(1, opts.indexOf('"', 1)) : opts.split("\\s+")[0];
        Path pgCtl = Path.of(binary).resolveSibling("pg_ctl");
        Path log = state.dir().resolve("postgres.log");
        List<String> command = new java.util.ArrayList<>(List.of(pgCtl.toString(), "restart", "-D", pgDataDir.toString(),
                "-w", "-t", "60", "-l", log.toString()));
        if ("root".equals(System.getProperty("user.name"))) {
            // pg_ctl refuses to run as root; like zonky, run it in a user namespace where we are not
            command.addAll(0, List.of("unshare", "-U"));
        }
        Process ctl = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!ctl.waitFor(90, java.util.concurrent.TimeUnit.SECONDS) || ctl.exitValue() != 0) {
            ctl.destroyForcibly();
            throw new IllegalStateException("pg_ctl restart failed; see " + log);
        }
        Optional<Long> postmaster = LauncherState.postmasterPidOf(pgDataDir);
        if (postmaster.isPresent()) {
            state.record(Map.of(LauncherState.KEY_POSTMASTER_PID, Long.toString(postmaster.get())));
        }
    }

    private static void answer(String what) {
        System.out.println(ANSWER_PREFIX + what);
        System.out.flush();
    }

    private void startKafka(Path runDir) throws IOException {
        Path logDir = Files.createDirectories(runDir.resolve("kafka-logs"));
        Properties props = kafkaProperties(logDir);
        kafkaProps = props;
        Path propsFile = runDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(propsFile)) {
            props.store(out, "local-stack single-node KRaft broker");
        }
        ByteArrayOutputStream formatOutput = new ByteArrayOutputStream();
        int rc = StorageTool.execute(new String[] {"format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", propsFile.toString()}, new PrintStream(formatOutput, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IllegalStateException("formatting the Kafka log dir failed (" + rc + "): "
                    + formatOutput.toString(StandardCharsets.UTF_8));
        }
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        kafka = server; // before startup(), so stop() also cleans up a half-started broker
        server.startup();
    }

    private Properties kafkaProperties(Path logDir) {
        String host = LocalStackConfig.HOST;
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + host + ":" + config.controllerPort());
        p.put("listeners", "PLAINTEXT://" + host + ":" + config.kafkaPort() + ",CONTROLLER://" + host + ":" + config.controllerPort());
        p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + config.kafkaPort());
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // One node: every replication factor and min ISR is 1, internal topics included.
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // Fewer internal partitions than the default 50: the first consumer group and the first
        // transaction come up faster on a 2-core machine; nothing here needs the parallelism.
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.num.partitions", "5");
        p.put("num.partitions", Integer.toString(PARTITIONS));
        p.put("group.initial.rebalance.delay.ms", "0");
        // Small thread pools: this broker shares two cores with PostgreSQL, the services and Maven.
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        return p;
    }

    private void createTopics() throws InterruptedException, ExecutionException {
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "local-stack-setup",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = TOPICS.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList();
            for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(missing).values().entrySet()) {
                try {
                    created.getValue().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e; // another client created it meanwhile: fine; anything else is not
                    }
                }
            }
        }
    }

    private EmbeddedPostgres startPostgres(Path dataDir) throws IOException, SQLException {
        Path log = state.dir().resolve("postgres.log"); // outside the run dir: it survives a failed start
        Files.deleteIfExists(log);
        ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
        // No setOverrideWorkingDirectory: zonky unpacks its binaries once into a shared temp folder.
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(config.pgPort())
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(false) // our hook stops it, after the broker, then removes the state
                .setLocaleConfig("locale", "C") // byte-order collation: same results on every machine
                .setServerConfig("listen_addresses", LocalStackConfig.HOST)
                .setServerConfig("unix_socket_directories", "''") // TCP on loopback only
                .setServerConfig("fsync", "off") // throwaway data: durability buys nothing here
                .setServerConfig("full_page_writes", "off")
                // No personal data in the server log (issue 14): a unique violation's DETAIL names the key's value
                // (a BSN), and a failing statement's text may hold literals. Operators set the same (deploy/README).
                .setServerConfig("log_error_verbosity", "terse")
                .setServerConfig("log_min_error_statement", "panic")
                // bench/ measures event latency from the producer's commit to the consumer's commit with
                // pg_xact_commit_timestamp(xmin): both databases live in this one server, so one clock.
                .setServerConfig("track_commit_timestamp", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(toLog)
                .setErrorRedirector(toLog)
                .start();
        Optional<Long> postmaster = LauncherState.postmasterPidOf(dataDir);
        if (postmaster.isPresent()) {
            state.record(Map.of(LauncherState.KEY_POSTMASTER_PID, Long.toString(postmaster.get())));
        }
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            createRolesAndDatabases(c);
        } catch (SQLException | RuntimeException e) {
            pg.close();
            throw e;
        }
        return pg;
    }

    /** Each database is owned by its service's role: since PostgreSQL 15 only the owner may create in schema public. */
    private static void createRolesAndDatabases(Connection c) throws SQLException {
        try (Statement ddl = c.createStatement()) {
            for (String service : LocalStackConfig.SERVICES) {
                if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", service)) {
                    // names and passwords are the constants above, never user input
                    ddl.execute("CREATE ROLE \"" + service + "\" LOGIN PASSWORD '" + service + "'");
                }
                for (String db : List.of(service, service + "_test")) {
                    if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", db)) {
                        // FILE_COPY copies template1's files directly; the default WAL_LOG pushes every page
                        // through WAL and shared buffers (measured for the ten: 1.4 s instead of 2.0 s).
                        ddl.execute("CREATE DATABASE \"" + db + "\" OWNER \"" + service + "\" STRATEGY FILE_COPY");
                    }
                }
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void checkPortFree(int port, String what, String property, String env) throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(LocalStackConfig.HOST, port));
        } catch (BindException e) {
            throw new StartupException(3, what + " port " + port + " on " + LocalStackConfig.HOST
                    + " is already in use" + ownerOf(port) + ". Free it or choose another port with -D"
                    + property + "=... or " + env + "=...");
        }
    }

    /** Names a live launcher of ours (on another PostgreSQL port) that holds this port, if any. */
    private static String ownerOf(int port) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, "inburgering-local-stack-*")) {
            for (Path dir : dirs) {
                Properties p = new Properties();
                try (var in = Files.newInputStream(dir.resolve(LauncherState.STATE_FILE))) {
                    p.load(in);
                } catch (IOException e) {
                    continue;
                }
                String p1 = Integer.toString(port);
                boolean holds = p1.equals(p.getProperty(LauncherState.KEY_KAFKA_PORT))
                        || p1.equals(p.getProperty(LauncherState.KEY_CONTROLLER_PORT))
                        || p1.equals(p.getProperty(LauncherState.KEY_PG_PORT));
                String pid = p.getProperty(LauncherState.KEY_LAUNCHER_PID, "");
                if (holds && !pid.isEmpty() && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
                    return " by local-stack launcher pid " + pid + " (PostgreSQL port " + p.getProperty(LauncherState.KEY_PG_PORT) + ")";
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: only improves the message
        }
        return " by another process (see: ss -ltnp 'sport = :" + port + "')";
    }

    /** Broker first (it may still flush), then PostgreSQL, then the data; safe to call more than once. */
    void stop() {
        synchronized (stopped) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        boolean locked = false;
        try {
            locked = lifecycle.tryLock(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long t0 = System.nanoTime();
        long kafkaNanos = 0;
        long pgNanos = 0;
        try {
            if (kafka != null) {
                try {
                    kafka.shutdown();
                    kafka.awaitShutdown();
                } catch (Throwable t) {
                    System.err.println("local-stack: Kafka shutdown failed: " + t);
                }
                kafkaNanos = System.nanoTime() - t0;
            }
            if (postgres != null) {
                long t1 = System.nanoTime();
                try {
                    postgres.close(); // pg_ctl stop -m fast, then removes the data dir
                } catch (Throwable t) {
                    System.err.println("local-stack: PostgreSQL shutdown failed: " + t);
                }
                pgNanos = System.nanoTime() - t1;
            }
            if (pgDataDir != null) {
                // pg_ctl stop gives up after 5 s; never leave a postmaster behind
                LauncherState.postmasterPidOf(pgDataDir).ifPresent(pid -> LauncherState.stopPostmaster(pid, pgDataDir));
            }
            if (state != null) {
                try {
                    state.close();
                } catch (Throwable t) {
                    System.err.println("local-stack: cleaning " + state.dir() + " failed: " + t);
                }
            }
            if (kafka != null || postgres != null) {
                System.err.printf("local-stack: stopped in %.1f s (kafka %.1f s, postgres %.1f s)%n",
                        (System.nanoTime() - t0) / 1e9, kafkaNanos / 1e9, pgNanos / 1e9);
            }
        } finally {
            if (locked) {
                lifecycle.unlock();
            }
            stopped.countDown();
        }
    }

    private void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A start that cannot succeed, with the process exit code that says why. */
    static final class StartupException extends IOException {
        final int exitCode;

        StartupException(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }
    }
}
