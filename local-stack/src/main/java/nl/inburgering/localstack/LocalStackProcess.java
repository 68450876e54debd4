package nl.inburgering.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The local stack as seen from a test JVM (plain Java, no Quarkus types, so system tests can use it too).
 *
 * <p>{@link #startOrReuse()} reuses a stack that already answers on the configured ports (a developer's
 * running stack, or one another class loader of this JVM started); otherwise it forks the
 * {@link LocalStack} launcher with {@value #EXIT_ON_STDIN_CLOSE}, so the fork dies with this JVM
 * even after a {@code kill -9}. One instance per JVM; a JVM shutdown hook closes a forked stack.
 */
public final class LocalStackProcess implements AutoCloseable {

    /** The launcher prints this, then {@code  kafka=127.0.0.1:<port> postgres=127.0.0.1:<port>}, once usable. */
    public static final String READY_PREFIX = "LOCAL-STACK READY";
    /** Launcher flag: stop when stdin reaches EOF, i.e. when the parent that holds the pipe dies. */
    public static final String EXIT_ON_STDIN_CLOSE = "--exit-on-stdin-close";
    /** The launcher answers its stdin commands (broker and database stop/start) with this prefix. */
    public static final String ANSWER_PREFIX = "LOCAL-STACK ANSWER ";
    /** By name only: loading the launcher class here would need Kafka and zonky on this JVM's classpath. */
    public static final String LAUNCHER_MAIN_CLASS = "nl.inburgering.localstack.LocalStack";
    /** Measured: launcher RSS ~300-430 MB with these, ~500 MB with the defaults. */
    public static final List<String> LAUNCHER_JVM_OPTIONS =
            List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    public static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    static final String CLASSPATH_RESOURCE = "/local-stack/classpath.txt";

    private static LocalStackProcess instance;
    /** Every launcher this JVM forked; the shutdown hook reads it without the class lock, so it never waits for a start. */
    private static final List<Process> FORKS = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(LocalStackProcess::stopForks, "local-stack-process-stop"));
    }

    private final LocalStackConfig config;
    private final Process process; // null when reused
    private final Path logFile;
    private final Thread pump;
    private final BlockingQueue<String> answers;

    private LocalStackProcess(LocalStackConfig config, Process process, Path logFile, Thread pump,
            BlockingQueue<String> answers) {
        this.config = config;
        this.process = process;
        this.logFile = logFile;
        this.pump = pump;
        this.answers = answers;
    }

    /**
     * The stack of this JVM: the one already started, a running one on the configured ports, or a new fork.
     * Ports come from {@link LocalStackConfig#current()}; they are read once, by the first call that starts.
     *
     * @throws IllegalStateException when the fork does not get ready within {@link #READY_TIMEOUT}
     */
    public static synchronized LocalStackProcess startOrReuse() {
        if (instance != null && (instance.process != null ? instance.process.isAlive() : bothAnswer(instance.config))) {
            return instance;
        }
        LocalStackConfig config = LocalStackConfig.current();
        instance = bothAnswer(config) ? new LocalStackProcess(config, null, null, null, null) : fork(config);
        return instance;
    }

    private static boolean bothAnswer(LocalStackConfig config) {
        return accepts(config.kafkaPort()) && accepts(config.pgPort());
    }

    private static void stopForks() {
        FORKS.forEach(Process::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (Process fork : FORKS) {
            try {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !fork.waitFor(left, TimeUnit.NANOSECONDS)) {
                    fork.destroyForcibly();
                }
            } catch (InterruptedException e) {
                fork.destroyForcibly();
            }
        }
    }

    public String kafkaBootstrapServers() {
        return config.kafkaBootstrapServers();
    }

    public String pgHost() {
        return LocalStackConfig.HOST;
    }

    public int pgPort() {
        return config.pgPort();
    }

    /** PostgreSQL's own server log of this stack (for tests that prove what it never holds). */
    public java.nio.file.Path postgresLog() {
        return LauncherState.stateDir(config.pgPort()).resolve("postgres.log");
    }

    public LocalStackConfig config() {
        return config;
    }

    /**
     * Stops the broker of a forked stack, keeping its data, to test behaviour while Kafka is away.
     *
     * @throws IllegalStateException for a reused stack (it belongs to someone else) or when the launcher fails
     */
    public void stopKafka() {
        command("kafka-stop", "STOPPED");
    }

    /** Starts the broker again after {@link #stopKafka()}, with its topics and data. */
    public void startKafka() {
        command("kafka-start", "STARTED");
    }

    /**
     * Stops PostgreSQL of a forked stack the way an operator's restart does (fast shutdown: open connections are cut),
     * keeping its data, to test what the services do while their database is away.
     */
    public void stopPostgres() {
        command("pg-stop", "STOPPED");
    }

    /** Starts PostgreSQL again after {@link #stopPostgres()}, on the same port and data. */
    public void startPostgres() {
        command("pg-start", "STARTED");
    }

    /**
     * Quarkus loads test code in more than one class loader, and each has its own copy of this class: the
     * copy that forked the stack registers its command channel as a platform MBean (JVM-wide, called with
     * JDK types only), and the others reach the broker through it.
     */
    static final String CONTROL_MBEAN = "nl.inburgering.localstack:type=Control";

    /** The MBean interface of the command channel. */
    public interface ControlMBean {
        void command(String command, String expected);
    }

    /** Sends commands to the fork that this copy of the class started. */
    public static final class Control implements ControlMBean {
        private final LocalStackProcess owner;

        Control(LocalStackProcess owner) {
            this.owner = owner;
        }

        @Override
        public void command(String command, String expected) {
            owner.sendCommand(command, expected);
        }
    }

    private void command(String command, String expected) {
        if (process != null) {
            sendCommand(command, expected);
            return;
        }
        try {
            var server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
            var name = new javax.management.ObjectName(CONTROL_MBEAN);
            if (!server.isRegistered(name)) {
                throw new IllegalStateException("the broker and the database can only be stopped and started in a stack this JVM forked");
            }
            server.invoke(name, "command", new Object[] {command, expected},
                    new String[] {String.class.getName(), String.class.getName()});
        } catch (javax.management.JMException e) {
            throw new IllegalStateException("could not reach the local stack's command channel", e);
        }
    }

    private static void registerControl(LocalStackProcess forked) {
        try {
            var server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
            var name = new javax.management.ObjectName(CONTROL_MBEAN);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(new Control(forked), name);
        } catch (javax.management.JMException e) {
            // Only the outage tests need it; they fail clearly without it.
        }
    }

    private synchronized void sendCommand(String command, String expected) {
        if (!process.isAlive()) {
            throw new IllegalStateException("the local stack has exited");
        }
        try {
            answers.clear();
            var stdin = process.getOutputStream();
            stdin.write((command + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            String answer = answers.poll(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (!expected.equals(answer)) {
                throw new IllegalStateException("local stack answered '" + answer + "' to " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + command, e);
        }
    }

    /** Whether this JVM started the stack (false: an already running stack is reused). */
    public boolean forked() {
        return process != null;
    }

    /** The launcher's output, when forked. */
    public Optional<Path> logFile() {
        return Optional.ofNullable(logFile);
    }

    /** The forked launcher, when forked. */
    public Optional<ProcessHandle> launcher() {
        return Optional.ofNullable(process).map(Process::toHandle);
    }

    /** Stops a forked stack: SIGTERM, up to {@link #STOP_TIMEOUT} for a clean stop, then SIGKILL. Reused: nothing. */
    @Override
    public void close() {
        synchronized (LocalStackProcess.class) {
            if (instance == this) {
                instance = null;
            }
        }
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            pump.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        FORKS.remove(process);
    }

    @Override
    public String toString() {
        return "LocalStackProcess[kafka=" + kafkaBootstrapServers() + ", postgres=" + pgHost() + ":" + pgPort()
                + (process == null ? ", reused" : ", launcher pid " + process.pid()) + "]";
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LocalStackConfig.HOST, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static LocalStackProcess fork(LocalStackConfig config) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(LAUNCHER_JVM_OPTIONS);
        command.addAll(config.asSystemPropertyArguments());
        command.add("-cp");
        command.add(launcherClasspath());
        command.add(LAUNCHER_MAIN_CLASS);
        command.add(EXIT_ON_STDIN_CLOSE);

        Path log = logFile(config);
        Process process;
        try {
            Files.createDirectories(log.getParent());
            // stdin stays a pipe that this JVM never closes: when this JVM dies, the launcher sees EOF and stops.
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            FORKS.add(process);
        } catch (IOException e) {
            throw new UncheckedIOException("could not fork the local stack: " + command, e);
        }

        CompletableFuture<String> ready = new CompletableFuture<>();
        Deque<String> tail = new ArrayDeque<>();
        BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        Thread pump = new Thread(() -> pump(process.getInputStream(), log, ready, tail, answers), "local-stack-output");
        pump.setDaemon(true);
        pump.start();

        try {
            ready.get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            LocalStackProcess forked = new LocalStackProcess(config, process, log, pump, answers);
            registerControl(forked);
            return forked;
        } catch (TimeoutException | ExecutionException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            process.destroy(); // SIGTERM first: a clean stop also stops its PostgreSQL
            try {
                if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                pump.join(2_000);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            FORKS.remove(process);
            String why = e instanceof TimeoutException ? "was not ready within " + READY_TIMEOUT.toSeconds() + " s"
                    : e instanceof InterruptedException ? "start was interrupted"
                    : "exited with code " + (process.isAlive() ? "?" : process.exitValue()) + " before it was ready";
            String lastLines;
            synchronized (tail) {
                lastLines = String.join("\n  ", tail);
            }
            throw new IllegalStateException("local stack (kafka " + config.kafkaBootstrapServers() + ", postgres "
                    + LocalStackConfig.HOST + ":" + config.pgPort() + ") " + why + ". Full log: " + log
                    + "\nLast lines:\n  " + lastLines);
        }
    }

    /** Copies the launcher's output to the log file, keeps the last lines for errors, and spots the ready line. */
    private static void pump(InputStream in, Path log, CompletableFuture<String> ready, Deque<String> tail,
            BlockingQueue<String> answers) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
            out.println("=== " + Instant.now() + " launcher forked by pid " + ProcessHandle.current().pid());
            String line;
            while ((line = reader.readLine()) != null) {
                out.println(line);
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > 40) {
                        tail.removeFirst();
                    }
                }
                if (line.startsWith(READY_PREFIX)) {
                    ready.complete(line);
                } else if (line.startsWith(ANSWER_PREFIX)) {
                    answers.offer(line.substring(ANSWER_PREFIX.length()));
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("launcher output ended"));
    }

    /** Under the module's target/ when run from a Maven module, otherwise beside the launcher's state. */
    private static Path logFile(LocalStackConfig config) {
        String name = "local-stack-" + config.pgPort() + ".log";
        Path target = Path.of("target");
        return Files.isDirectory(target) ? target.resolve(name).toAbsolutePath()
                : LauncherState.stateDir(config.pgPort()).resolve("launcher.log");
    }

    private static String javaBinary() {
        Path fromHome = Path.of(System.getProperty("java.home"), "bin", "java");
        if (Files.isExecutable(fromHome)) {
            return fromHome.toString();
        }
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** This module's classes (directory or jar) plus the runtime classpath recorded at build time. */
    static String launcherClasspath() {
        String dependencies;
        try (InputStream in = LocalStackProcess.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: build local-stack with Maven"
                        + " (its generate-resources phase writes it)");
            }
            dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ownLocation() + java.io.File.pathSeparator + dependencies;
    }

    private static String ownLocation() {
        try {
            CodeSource source = LocalStackProcess.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null && "file".equals(source.getLocation().getProtocol())) {
                return Path.of(source.getLocation().toURI()).toString();
            }
            // Some class loaders (e.g. Quarkus' test class loader) may not set a code source: use the class file's URL.
            String classFile = LocalStackProcess.class.getName().replace('.', '/') + ".class";
            URL url = LocalStackProcess.class.getClassLoader().getResource(classFile);
            if (url == null) {
                throw new IllegalStateException("cannot locate " + classFile);
            }
            String s = url.toString();
            if (s.startsWith("jar:file:")) {
                return Path.of(new java.net.URI(s.substring("jar:".length(), s.indexOf("!/")))).toString();
            }
            if (s.startsWith("file:")) {
                return Path.of(new java.net.URI(s.substring(0, s.length() - classFile.length()))).toString();
            }
            throw new IllegalStateException("cannot fork the launcher from " + url);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
