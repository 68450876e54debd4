package nl.inburgering.duostub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * DUO's side of the machine-to-machine exchange with a municipality, for tests and local runs (issue 13 item 4). It
 * serves the paths of DUO's twelve OpenAPI documents and validates every request it receives and every response it
 * gives against them ({@link DuoSpecs}: Atlassian's swagger-request-validator); an invalid request gets DUO's 400 and
 * is recorded as a violation, so a test that asserts {@code GET /_stub/violations} is empty fails on it. What the
 * municipality sends (PIP, MAP, PVT, Z-route, hours, ...) is stored, so DUO's GET of it answers what was sent; what
 * DUO knows (the obligation, the exam results, the term, exemptions) is canned per path by the test or the operator.
 * It sends DUO's notifications to the gateway on demand, validating the request it sends and the answer it gets.
 *
 * <p>Operator endpoints, all under {@value #ADMIN}: {@code PUT responses} (a canned answer: method, path, status,
 * body), {@code POST failures} (the next {@code times} requests matching {@code pathPattern} get {@code status}),
 * {@code GET exchanges}, {@code GET violations}, {@code POST reset}, {@code POST notificaties} (send one), and the BRP
 * stand-in's {@code PUT brp} (see {@link #brp}).
 *
 * <p>Plain JDK HTTP server on loopback by default; never log a DUO path: it holds a BSN (test data here, but the habit
 * is the point).
 */
public final class DuoStub implements AutoCloseable {

    public static final String ADMIN = "/_stub/";
    public static final String READY_PREFIX = "DUO-STUB READY";
    /** Development OINs (20 digits, fake): DUO as the sender of notifications, the municipality as their target. */
    public static final String DEV_DUO_OIN = "00000099000000000001";
    public static final String DEV_MUNICIPALITY_OIN = "00000099000000000363";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request to DUO, or one notification from DUO, with what the validator said. */
    public record Exchange(String id, String at, String direction, String api, String method, String path,
            Map<String, String> headers, String requestBody, int status, String responseBody,
            List<String> violations) {
    }

    private record Canned(int status, String body) {
    }

    /** {@code afterApplying}: DUO did what was asked, and the answer is lost on the way (a gateway's 504, a timeout). */
    private record Failure(String method, Pattern path, int status, int[] left, boolean afterApplying) {
    }

    private final DuoSpecs specs = new DuoSpecs();
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Canned> canned = new ConcurrentHashMap<>();
    private final Map<String, String> stored = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> brpPersons = new ConcurrentHashMap<>();
    private final List<Failure> failures = new CopyOnWriteArrayList<>();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private final String gatewayUrl;
    private final String duoOin;
    private final String municipalityOin;

    public DuoStub(int port, String gatewayUrl, String duoOin, String municipalityOin) throws IOException {
        this("127.0.0.1", port, gatewayUrl, duoOin, municipalityOin);
    }

    /** On {@code host} (127.0.0.1 by default; 0.0.0.0 in a demo container). */
    public DuoStub(String host, int port, String gatewayUrl, String duoOin, String municipalityOin) throws IOException {
        this.gatewayUrl = gatewayUrl;
        this.duoOin = duoOin;
        this.municipalityOin = municipalityOin;
        server = HttpServer.create(new InetSocketAddress(host, port), 50);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * {@code --port N --gateway-url URL [--host 127.0.0.1] [--duo-oin OIN] [--municipality-oin OIN]
     * [--exit-on-stdin-close]}; the gateway URL is its base path, e.g. {@code http://127.0.0.1:8086/duo/v1}.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        boolean exitOnStdinClose = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--exit-on-stdin-close")) {
                exitOnStdinClose = true;
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                System.err.println("usage: DuoStub --port N --gateway-url URL [--duo-oin OIN] [--municipality-oin OIN] "
                        + "[--exit-on-stdin-close]");
                System.exit(64);
            }
        }
        DuoStub stub = new DuoStub(options.getOrDefault("host", "127.0.0.1"),
                Integer.parseInt(options.getOrDefault("port", "8090")),
                options.getOrDefault("gateway-url", "http://127.0.0.1:8086/duo/v1"),
                options.getOrDefault("duo-oin", DEV_DUO_OIN), options.getOrDefault("municipality-oin", DEV_MUNICIPALITY_OIN));
        Runtime.getRuntime().addShutdownHook(new Thread(stub::close));
        System.out.println(READY_PREFIX + " port=" + stub.port());
        System.out.flush();
        if (exitOnStdinClose) {
            InputStream in = System.in;
            while (in.read() != -1) {
                // wait for the parent to go away
            }
            System.exit(0);
        }
        Thread.currentThread().join();
    }

    private void handle(HttpExchange http) throws IOException {
        try (http) {
            String path = http.getRequestURI().getRawPath();
            String method = http.getRequestMethod();
            String body = new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.startsWith(ADMIN)) {
                admin(http, method, path.substring(ADMIN.length()), body);
            } else if (path.equals("/brp/personen") && method.equals("POST")) {
                brp(http, body);
            } else {
                duo(http, method, path, body);
            }
        } catch (RuntimeException e) {
            send(http, 500, Map.of(), "stub failure: " + e.getClass().getSimpleName());
        }
    }

    /** A request to one of DUO's APIs: validated, answered as DUO would, the answer validated too. */
    private void duo(HttpExchange http, String method, String path, String body) throws IOException {
        Optional<DuoSpecs.Spec> found = specs.forPath(path);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        http.getRequestHeaders().forEach(headers::put);
        if (found.isEmpty()) {
            record("to-duo", "none", method, path, headers, body, 404, "", List.of("no DUO API has this path"));
            send(http, 404, Map.of(), "");
            return;
        }
        DuoSpecs.Spec spec = found.get();
        Map<String, String> answerHeaders = Map.of("API-Version", spec.version());
        List<String> violations = spec.validateRequest(method, path, headers, body);
        if (!violations.isEmpty()) {
            record("to-duo", spec.name(), method, path, headers, body, 400, "", violations);
            send(http, 400, answerHeaders, "");
            return;
        }
        Optional<Failure> forcedBy = forcedFailure(method, path);
        Optional<Integer> forced = forcedBy.map(Failure::status);
        int status;
        String answer = "";
        if (forcedBy.isPresent() && forcedBy.get().afterApplying() && !method.equals("GET")) {
            if (method.equals("DELETE")) {
                stored.remove(path);
            } else {
                stored.put(path, body);
            }
            status = forced.get();
        } else if (forced.isPresent()) {
            status = forced.get();
        } else if (method.equals("GET")) {
            Canned c = canned.get("GET " + path);
            String kept = stored.get(path);
            if (c != null) {
                status = c.status();
                answer = c.body();
            } else if (kept != null) {
                status = 200;
                answer = path.endsWith("/PIP") ? "{\"gemeentecode\":\"0363\",\"pip\":" + kept + "}" : kept;
            } else {
                status = 404;
            }
        } else {
            Canned c = canned.get(method + " " + path);
            if (method.equals("DELETE")) {
                stored.remove(path);
            } else {
                stored.put(path, body);
            }
            status = c != null ? c.status() : spec.successStatus(method, path);
            answer = c != null ? c.body() : "";
        }
        Map<String, List<String>> sentHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        answerHeaders.forEach((k, v) -> sentHeaders.put(k, List.of(v)));
        if (!answer.isEmpty()) {
            sentHeaders.put("Content-Type", List.of("application/json"));
        }
        // A forced failure stands for DUO's infrastructure (a 503 in maintenance, a gateway's 502), which answers
        // whatever the document lists for the operation; it is not judged.
        List<String> answerViolations = forced.isPresent() ? List.of()
                : spec.validateResponse(method, path, status, sentHeaders, answer);
        if (!answerViolations.isEmpty()) {
            // A canned answer DUO could not give: loud, so the test that set it up fails.
            record("to-duo", spec.name(), method, path, headers, body, 500, answer,
                    answerViolations.stream().map(v -> "response: " + v).toList());
            send(http, 500, answerHeaders, "");
            return;
        }
        record("to-duo", spec.name(), method, path, headers, body, status, answer, List.of());
        send(http, status, answerHeaders, answer);
    }

    private Optional<Failure> forcedFailure(String method, String path) {
        for (Failure f : failures) {
            synchronized (f) {
                if (f.method().equals(method) && f.path().matcher(path).matches() && f.left()[0] > 0) {
                    f.left()[0]--;
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A stand-in for the BRP (Basisregistratie Personen), which a municipality's system asks for what DUO's
     * notification does not carry: name, date of birth, registration in the municipality. Haal Centraal "BRP
     * Personen bevragen" (v2) shape, {@code RaadpleegMetBurgerservicenummer}; not validated (no BRP document in this
     * repository), and not DUO's: it lives here only so a local run has one process less.
     */
    private void brp(HttpExchange http, String body) throws IOException {
        JsonNode query = JSON.readTree(body);
        ArrayNode persons = JSON.createArrayNode();
        for (JsonNode bsn : query.path("burgerservicenummer")) {
            JsonNode p = brpPersons.get(bsn.asText());
            if (p != null) {
                persons.add(p);
            }
        }
        ObjectNode answer = JSON.createObjectNode().put("type", "RaadpleegMetBurgerservicenummer");
        answer.set("personen", persons);
        send(http, 200, Map.of(), JSON.writeValueAsString(answer));
    }

    private void admin(HttpExchange http, String method, String what, String body) throws IOException {
        switch (method + " " + what) {
            case "PUT responses" -> {
                JsonNode c = JSON.readTree(body);
                canned.put(c.path("method").asText("GET") + " " + c.path("path").asText(),
                        new Canned(c.path("status").asInt(200), c.has("body") ? JSON.writeValueAsString(c.get("body")) : ""));
                send(http, 204, Map.of(), "");
            }
            case "POST failures" -> {
                JsonNode f = JSON.readTree(body);
                failures.add(new Failure(f.path("method").asText(), Pattern.compile(f.path("pathPattern").asText()),
                        f.path("status").asInt(503), new int[] {f.path("times").asInt(1)},
                        f.path("afterApplying").asBoolean(false)));
                send(http, 204, Map.of(), "");
            }
            case "PUT brp" -> {
                JsonNode p = JSON.readTree(body);
                ObjectNode person = JSON.createObjectNode().put("burgerservicenummer", p.path("bsn").asText());
                person.putObject("naam").put("volledigeNaam", p.path("naam").asText());
                person.putObject("geboorte").putObject("datum").put("type", "Datum")
                        .put("datum", p.path("geboortedatum").asText());
                person.putObject("datumInschrijvingInGemeente").put("type", "Datum")
                        .put("datum", p.path("datumInschrijvingInGemeente").asText());
                person.putObject("gemeenteVanInschrijving").put("code", p.path("gemeentecode").asText());
                brpPersons.put(p.path("bsn").asText(), person);
                send(http, 204, Map.of(), "");
            }
            case "GET exchanges" -> send(http, 200, Map.of(), JSON.writeValueAsString(exchanges));
            case "GET violations" -> send(http, 200, Map.of(), JSON.writeValueAsString(
                    exchanges.stream().filter(e -> !e.violations().isEmpty()).toList()));
            case "GET stored" -> send(http, 200, Map.of(), JSON.writeValueAsString(stored));
            case "POST reset" -> {
                canned.clear();
                stored.clear();
                failures.clear();
                exchanges.clear();
                brpPersons.clear();
                send(http, 204, Map.of(), "");
            }
            case "POST notificaties" -> send(http, 200, Map.of(), JSON.writeValueAsString(notify(JSON.readTree(body))));
            default -> send(http, 404, Map.of(), "");
        }
    }

    /**
     * DUO's {@code registratieDatumTijd} to the second, seconds always written: the document's formats are
     * {@code yyyy-MM-dd'T'HH:mm:ssZ} and the like. ({@code OffsetDateTime.toString()} leaves {@code :00} out at a whole
     * minute, and the stub then refused its own notification.)
     */
    static String registrationTime(Instant now) {
        return DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Sends one DUO notification to the gateway: {@code bsn}, {@code gebeurtenisId}, optional {@code berichtId},
     * {@code registratieDatumTijd}, {@code vNummer} and {@code target} (the gateway's base URL, else the one the stub
     * started with). The request is validated before it goes (an invalid one is not sent, unless {@code raw}: then
     * {@code headers} and {@code body} go as given, to prove the gateway's refusal), the gateway's answer after.
     */
    Exchange notify(JsonNode order) {
        String target = order.path("target").asText(gatewayUrl) + "/notificaties";
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String body;
        boolean raw = order.path("raw").asBoolean(false);
        if (raw) {
            for (Iterator<Map.Entry<String, JsonNode>> it = order.path("headers").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> h = it.next();
                headers.put(h.getKey(), List.of(h.getValue().asText()));
            }
            body = order.path("body").asText();
        } else {
            headers.put("bron", List.of(duoOin));
            headers.put("doel", List.of(order.path("doel").asText(municipalityOin)));
            headers.put("berichtId", List.of(order.path("berichtId").asText(UUID.randomUUID().toString())));
            ObjectNode notificatie = JSON.createObjectNode()
                    .put("registratieDatumTijd", order.path("registratieDatumTijd").asText(
                            registrationTime(Instant.now())))
                    .put("gebeurtenisId", order.path("gebeurtenisId").asText());
            if (order.hasNonNull("bsn")) {
                notificatie.put("bsn", order.path("bsn").asText());
            }
            if (order.hasNonNull("vNummer")) {
                notificatie.put("vNummer", order.path("vNummer").asLong());
            }
            body = notificatie.toString();
        }
        headers.put("Content-Type", List.of("application/json"));
        DuoSpecs.Spec spec = specs.named("Notificatie");
        List<String> violations = new ArrayList<>(spec.validateRequest("POST", "/notificaties", headers, body));
        if (!violations.isEmpty() && !raw) {
            return record("from-duo", spec.name(), "POST", "/notificaties", headers, body, 0, "",
                    violations.stream().map(v -> "request (not sent): " + v).toList());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach((k, v) -> v.forEach(value -> request.header(k, value)));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, List<String>> answerHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            answerHeaders.putAll(response.headers().map());
            List<String> all = new ArrayList<>(raw ? List.of() : violations);
            spec.validateResponse("POST", "/notificaties", response.statusCode(), answerHeaders, response.body())
                    .forEach(v -> all.add("response: " + v));
            return record("from-duo", spec.name(), "POST", "/notificaties", headers, body, response.statusCode(),
                    response.body(), all);
        } catch (IOException e) {
            return record("from-duo", spec.name(), "POST", "/notificaties", headers, body, 0, "",
                    List.of("not delivered: " + e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Exchange record(String direction, String api, String method, String path, Map<String, List<String>> headers,
            String body, int status, String answer, List<String> violations) {
        Map<String, String> kept = new TreeMap<>();
        for (String name : List.of("bron", "doel", "berichtId", "Content-Type", "Authorization")) {
            List<String> v = headers.get(name);
            if (v != null && !v.isEmpty()) {
                kept.put(name, v.get(0));
            }
        }
        Exchange e = new Exchange(UUID.randomUUID().toString(), Instant.now().toString(),
                direction, api, method, path, kept, body, status, answer, List.copyOf(violations));
        exchanges.add(e);
        return e;
    }

    private static void send(HttpExchange http, int status, Map<String, String> headers, String body)
            throws IOException {
        headers.forEach((k, v) -> http.getResponseHeaders().set(k, v));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
            http.getResponseHeaders().set("Content-Type", "application/json");
        }
        http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            http.getResponseBody().write(bytes);
        }
    }
}
