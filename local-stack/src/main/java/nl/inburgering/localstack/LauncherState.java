package nl.inburgering.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The launcher's per-port state directory ({@code <java.io.tmpdir>/inburgering-local-stack-<pg port>}).
 *
 * <p>A launcher holds an OS file lock on {@code launcher.lock} for its whole life. The kernel drops
 * that lock when the launcher dies, even by {@code kill -9}, so "lock free" reliably means "no live
 * launcher of ours", without trusting PIDs that may have been reused. The {@code state} file records
 * the launcher PID, the postmaster PID and the data directory, so the next launcher can stop a
 * PostgreSQL that a killed launcher left behind (it would otherwise keep the port and be "reused").
 */
final class LauncherState implements AutoCloseable {

    static final String STATE_FILE = "state";
    static final String KEY_LAUNCHER_PID = "launcherPid";
    static final String KEY_STARTED = "startedAt";
    static final String KEY_KAFKA_PORT = "kafkaPort";
    static final String KEY_CONTROLLER_PORT = "controllerPort";
    static final String KEY_PG_PORT = "pgPort";
    static final String KEY_RUN_DIR = "runDir";
    static final String KEY_PG_DATA_DIR = "pgDataDir";
    static final String KEY_POSTMASTER_PID = "postmasterPid";

    private static final String LOCK_FILE = "launcher.lock";
    private static final String RUN_DIR_PREFIX = "run-";

    private final int pgPort;
    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Properties state = new Properties();

    private LauncherState(int pgPort, Path dir, FileChannel lockChannel, FileLock lock) {
        this.pgPort = pgPort;
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static Path stateDir(int pgPort) {
        return Path.of(System.getProperty("java.io.tmpdir"), "inburgering-local-stack-" + pgPort);
    }

    /** The recorded state of the launcher on this port, if any (also readable while another launcher runs). */
    static Optional<Properties> readState(int pgPort) {
        Path file = stateDir(pgPort).resolve(STATE_FILE);
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(p);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes the lock of the state directory for this PG port.
     *
     * @throws LocalStack.StartupException if another launcher of ours holds it
     */
    static LauncherState acquire(LocalStackConfig config) throws IOException {
        Path dir = stateDir(config.pgPort());
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            String who = readState(config.pgPort())
                    .map(p -> "pid " + p.getProperty(KEY_LAUNCHER_PID, "?") + ", started "
                            + p.getProperty(KEY_STARTED, "?") + ", kafka port " + p.getProperty(KEY_KAFKA_PORT, "?"))
                    .orElse("pid unknown");
            throw new LocalStack.StartupException(2, "another local-stack launcher (" + who
                    + ") is already running with PostgreSQL port " + config.pgPort()
                    + ". Reuse it, stop it (kill -TERM <pid>), or pick other ports with "
                    + LocalStackConfig.PG_PORT_PROPERTY + " / " + LocalStackConfig.KAFKA_PORT_PROPERTY + ".");
        }
        return new LauncherState(config.pgPort(), dir, channel, lock);
    }

    Path dir() {
        return dir;
    }

    /**
     * We hold the lock, so whoever wrote the state file is dead. Stops its PostgreSQL if that still
     * runs, and removes everything it left in the state directory.
     *
     * @return a note of what was cleaned, empty if nothing was left behind
     */
    Optional<String> reapOrphans() throws IOException {
        Optional<Properties> previous = readState(pgPort);
        StringBuilder note = new StringBuilder();
        if (previous.isPresent()) {
            Properties p = previous.get();
            Optional<Path> dataDir = Optional.ofNullable(p.getProperty(KEY_PG_DATA_DIR)).map(Path::of);
            Optional<Long> pid = parsePid(p.getProperty(KEY_POSTMASTER_PID))
                    .or(() -> dataDir.flatMap(LauncherState::postmasterPidOf));
            if (pid.isPresent() && stopPostmaster(pid.get(), dataDir.orElse(null))) {
                note.append("stopped orphaned PostgreSQL postmaster pid ").append(pid.get())
                        .append(" of dead launcher pid ").append(p.getProperty(KEY_LAUNCHER_PID, "?")).append("; ");
            }
            Files.deleteIfExists(dir.resolve(STATE_FILE));
        }
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(dir, RUN_DIR_PREFIX + "*")) {
            for (Path run : runs) {
                // A postmaster not recorded in the state file (killed between start and record) is found by its pid file.
                Optional<Long> pid = postmasterPidOf(run.resolve("pgdata"));
                if (pid.isPresent() && stopPostmaster(pid.get(), run.resolve("pgdata"))) {
                    note.append("stopped orphaned PostgreSQL postmaster pid ").append(pid.get()).append("; ");
                }
                deleteRecursively(run);
                note.append("removed ").append(run).append("; ");
            }
        }
        return note.length() == 0 ? Optional.empty() : Optional.of(note.toString().replaceAll("; $", ""));
    }

    /** A fresh run directory for this launcher's data (Kafka log dirs, PostgreSQL data dir). */
    Path newRunDir() throws IOException {
        Path run = dir.resolve(RUN_DIR_PREFIX + ProcessHandle.current().pid());
        deleteRecursively(run);
        return Files.createDirectories(run);
    }

    synchronized void record(java.util.Map<String, String> entries) throws IOException {
        state.putAll(entries);
        Path tmp = dir.resolve(STATE_FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            state.store(out, "local-stack launcher state; removed at clean stop");
        }
        try {
            Files.move(tmp, dir.resolve(STATE_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(STATE_FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** After a clean stop: forget the state and release the lock (the directory and lock file stay, they are tiny). */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(dir.resolve(STATE_FILE));
            String run = state.getProperty(KEY_RUN_DIR);
            if (run != null) {
                deleteRecursively(Path.of(run));
            }
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    /** PostgreSQL's own record: the first line of {@code postmaster.pid} is the postmaster's PID. */
    static Optional<Long> postmasterPidOf(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parsePid(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty(); // a damaged state file must not block every later start
        }
    }

    /**
     * Stops a postmaster with SIGINT (PostgreSQL's "fast" shutdown: disconnects clients, then exits),
     * then SIGKILL if it does not go. Only a process that really is a postgres of that data directory
     * is touched, so a reused PID is left alone.
     *
     * @return whether a live postmaster was found (and stopped)
     */
    static boolean stopPostmaster(long pid, Path dataDir) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(LauncherState::isRunning);
        if (handle.isEmpty() || !isPostgresOf(handle.get(), dataDir)) {
            return false;
        }
        ProcessHandle postmaster = handle.get();
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor();
        } catch (IOException e) {
            postmaster.destroy(); // no kill(1): SIGTERM ("smart" shutdown) is the next best thing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!waitForExit(postmaster, Duration.ofSeconds(15))) {
            postmaster.destroyForcibly();
            waitForExit(postmaster, Duration.ofSeconds(5));
        }
        return true;
    }

    private static boolean isPostgresOf(ProcessHandle process, Path dataDir) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(c -> c.endsWith("/postgres") || c.endsWith("postgres.exe")).orElse(false);
        if (!postgres || dataDir == null) {
            return postgres;
        }
        // pg_ctl starts "postgres -D <data dir> ..."; when the arguments are not readable, the name has to do.
        Path wanted = dataDir.toAbsolutePath().normalize();
        return info.arguments()
                .map(args -> Stream.of(args).anyMatch(a -> a.equals(dataDir.toString()) || samePath(a, wanted)))
                .orElse(true);
    }

    private static boolean samePath(String arg, Path wanted) {
        try {
            return Path.of(arg).toAbsolutePath().normalize().equals(wanted);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Alive and not a zombie. The postmaster is not our child: once it exits it waits for init to reap it,
     * and an init that reaps late (as in some containers) would otherwise make it look alive.
     */
    static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0 || afterName + 2 >= stat.length() || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException e) {
            return process.isAlive(); // no /proc (not Linux) or the process just went
        }
    }

    static boolean waitForExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(process)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !isRunning(process);
            }
        }
        return true;
    }

    static String now() {
        return Instant.now().toString();
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (NoSuchFileException e) {
            // raced with another deleter: fine
        }
    }
}
