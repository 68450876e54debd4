package nl.inburgering.duogateway.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.time.Duration;
import nl.inburgering.localstack.DevTokens;

/**
 * pip-, exam- and deadline-service as the gateway's tests need them: canned answers per method and path, and every
 * request recorded; and the identity provider's token endpoint, which issues development tokens (client credentials).
 * The real services meet the gateway in system-tests (DuoGatewayIT); here each rule of the translation is proved on
 * its own.
 */
public final class OurServicesFake implements AutoCloseable {

    /** One request the gateway made. */
    public record Call(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private record Answer(String method, Pattern path, String bodyContains, int status, String body, int[] left) {
    }

    /** The identity provider's token endpoint (OAuth2 client credentials), served here: {@value #TOKEN_PATH}. */
    public static final String TOKEN_PATH = "/oidc/token";

    private volatile long tokenTtlSeconds = 3600;
    private final List<String> tokensIssued = new CopyOnWriteArrayList<>();

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
                if (path.equals(TOKEN_PATH)) {
                    String token = DevTokens.duoGateway(Duration.ofSeconds(Math.max(60, tokenTtlSeconds)));
                    tokensIssued.add(token);
                    byte[] bytes = ("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                            + tokenTtlSeconds + "}").getBytes(StandardCharsets.UTF_8);
                    http.getResponseHeaders().set("Content-Type", "application/json");
                    http.sendResponseHeaders(200, bytes.length);
                    http.getResponseBody().write(bytes);
                    return;
                }
                Answer answer = null;
                for (int i = answers.size() - 1; i >= 0; i--) { // the latest matching answer wins
                    Answer a = answers.get(i);
                    if (a.method().equals(http.getRequestMethod()) && a.path().matcher(path).matches()
                            && (a.bodyContains() == null || body.contains(a.bodyContains()))) {
                        synchronized (a) {
                            if (a.left() != null) {
                                if (a.left()[0] <= 0) {
                                    continue; // used up: an earlier answer applies again
                                }
                                a.left()[0]--;
                            }
                        }
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
        answers.add(new Answer(method, Pattern.compile(pathRegex), null, status, body, null));
        return this;
    }

    /** As {@link #answer}, only for requests whose body contains {@code bodyContains} (e.g. one BSN's search). */
    public OurServicesFake answerWhenBody(String method, String pathRegex, String bodyContains, int status, String body) {
        answers.add(new Answer(method, Pattern.compile(pathRegex), bodyContains, status, body, null));
        return this;
    }

    /** As {@link #answer}, for the next {@code times} matching requests only; then the earlier answers apply again. */
    public OurServicesFake answerTimes(String method, String pathRegex, int status, String body, int times) {
        answers.add(new Answer(method, Pattern.compile(pathRegex), null, status, body, new int[] {times}));
        return this;
    }

    /** The {@code expires_in} of the tokens issued from now on. */
    public void tokenTtl(long seconds) {
        tokenTtlSeconds = seconds;
    }

    /** Every token the token endpoint issued, in order. */
    public List<String> tokensIssued() {
        return List.copyOf(tokensIssued);
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
