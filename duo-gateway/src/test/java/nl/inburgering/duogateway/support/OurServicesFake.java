package nl.inburgering.duogateway.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * pip-, exam- and deadline-service as the gateway's tests need them: canned answers per method and path, and every
 * request recorded. The real services meet the gateway in system-tests (DuoGatewayIT); here each rule of the
 * translation is proved on its own.
 */
public final class OurServicesFake implements AutoCloseable {

    /** One request the gateway made. */
    public record Call(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private record Answer(String method, Pattern path, int status, String body) {
    }

    private final HttpServer server;
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public OurServicesFake() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.getInteger(GatewayTestResource.FAKE_PORT)), 20);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", http -> {
            try (http) {
                String body = new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String path = http.getRequestURI().getRawPath();
                calls.add(new Call(http.getRequestMethod(), path, Map.copyOf(http.getRequestHeaders()), body));
                Answer answer = null;
                for (int i = answers.size() - 1; i >= 0; i--) { // the latest matching answer wins
                    Answer a = answers.get(i);
                    if (a.method().equals(http.getRequestMethod()) && a.path().matcher(path).matches()) {
                        answer = a;
                        break;
                    }
                }
                int status = answer == null ? 404 : answer.status();
                byte[] bytes = (answer == null ? "{\"status\":404}" : answer.body()).getBytes(StandardCharsets.UTF_8);
                http.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
                http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    http.getResponseBody().write(bytes);
                }
            }
        });
        server.start();
    }

    /** Answers requests of {@code method} whose path matches {@code pathRegex} with this status and JSON body. */
    public OurServicesFake answer(String method, String pathRegex, int status, String body) {
        answers.add(new Answer(method, Pattern.compile(pathRegex), status, body));
        return this;
    }

    public List<Call> calls(String method, String pathRegex) {
        Pattern p = Pattern.compile(pathRegex);
        return calls.stream().filter(c -> c.method().equals(method) && p.matcher(c.path()).matches()).toList();
    }

    public List<Call> all() {
        return List.copyOf(calls);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
