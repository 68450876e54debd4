package nl.inburgering.duostub;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The stub forked as its own process, for a test JVM (the local-stack pattern): its classpath was written into its
 * jar at build time ({@code duo-stub/classpath.txt}), so its validator and parser jars never reach the test's
 * classpath. The fork stops when this JVM ends (stdin closes), also after a {@code kill -9}.
 */
public final class DuoStubProcess implements AutoCloseable {

    static final String CLASSPATH_RESOURCE = "/duo-stub/classpath.txt";

    private final Process process;
    private final int port;

    private DuoStubProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Forks a stub on {@code port} (0: a free one) that sends notifications to {@code gatewayUrl}; returns once it
     * answers. Its output goes to {@code log}.
     */
    public static DuoStubProcess start(int port, String gatewayUrl, Path log) {
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx128m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", classpath(), DuoStub.class.getName(), "--port", String.valueOf(port),
                "--gateway-url", gatewayUrl, "--exit-on-stdin-close"));
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy, "duo-stub-stop"));
            CompletableFuture<Integer> ready = new CompletableFuture<>();
            Thread pump = new Thread(() -> pump(p.getInputStream(), log, ready), "duo-stub-output");
            pump.setDaemon(true);
            pump.start();
            int actual = ready.get(60, TimeUnit.SECONDS);
            return new DuoStubProcess(p, actual);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the DUO stub did not start; see " + log, e);
        }
    }

    private static void pump(InputStream in, Path log, CompletableFuture<Integer> ready) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             var out = Files.newBufferedWriter(log)) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.write(line);
                out.newLine();
                out.flush();
                if (line.startsWith(DuoStub.READY_PREFIX)) {
                    ready.complete(Integer.parseInt(line.substring(line.indexOf("port=") + 5).trim()));
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("the DUO stub ended"));
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String classpath() {
        try (InputStream in = DuoStubProcess.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " missing: build duo-stub first");
            }
            String own = Path.of(DuoStubProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
            return own + File.pathSeparator + new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
