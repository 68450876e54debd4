package nl.inburgering.systemtests.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

/**
 * Sends many requests with a bounded number in flight (java.net.http, asynchronous) and judges each answer by what every
 * answer of ours owes a client: no 5xx; a 4xx as application/problem+json with its status and title; no class name or
 * stack trace in any body; an answer within {@link #SLOW}.
 */
public final class Flood {

    public static final Duration SLOW = Duration.ofSeconds(2);

    /**
     * What only an internal leaks: a Java/Vert.x/Quarkus/Hibernate/Jackson package, a stack frame, a throwable's class
     * name. Our own texts are plain sentences; the generated input carries none of these words.
     */
    static final Pattern LEAK = Pattern.compile("\\b(java|javax|jakarta|io\\.vertx|io\\.quarkus|io\\.smallrye|org\\.hibernate"
            + "|org\\.jboss|com\\.fasterxml|org\\.postgresql|nl\\.inburgering)\\.[a-z]|\\bat [a-z]+\\.[a-z]+\\.|\\.java:\\d+"
            + "|[A-Z][A-Za-z]*(Exception|Error)\\b|Caused by|\\bSQL(State)?\\b|HR0000");

    public record Answer(Case sent, int status, String contentType, String body, long millis, String failure,
            String location) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public List<Answer> send(Collection<Case> cases, java.util.function.Function<Case, String> token, int inFlight)
            throws InterruptedException {
        Semaphore permits = new Semaphore(inFlight);
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (Case c : cases) {
            permits.acquire();
            HttpRequest request;
            try {
                request = request(c, token.apply(c));
            } catch (IllegalArgumentException e) {
                permits.release();
                answers.add(new Answer(c, -1, null, null, 0, "cannot be sent: " + e.getMessage(), null));
                continue;
            }
            long start = System.nanoTime();
            all.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> {
                        long millis = (System.nanoTime() - start) / 1_000_000;
                        permits.release();
                        answers.add(e != null
                                ? new Answer(c, -1, null, null, millis, "no answer: " + e, null)
                                : new Answer(c, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                                        r.body(), millis, null, r.headers().firstValue("Location").orElse(null)));
                    }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return new ArrayList<>(answers);
    }

    static HttpRequest request(Case c, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(c.operation().document().baseUrl() + c.pathAndQuery()))
                .timeout(Duration.ofSeconds(20))
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        c.headers().forEach(b::header);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    /** What is wrong with this answer, or null: the promises of every answer, then of this case. */
    public static String fault(Answer a) {
        if (a.failure() != null) {
            return a.failure();
        }
        if (a.status() >= 500) {
            return "a " + a.status();
        }
        if (a.millis() > SLOW.toMillis()) {
            return "slow: " + a.millis() + " ms";
        }
        // an error's body only: an operator's dead-letter list shows the consumer's failure on purpose
        if (a.status() >= 400 && a.body() != null && LEAK.matcher(a.body()).find()) {
            return "leaks an internal: " + abbreviate(a.body());
        }
        if (a.status() >= 400) {
            if (a.contentType() == null || !a.contentType().startsWith("application/problem+json")) {
                return "a " + a.status() + " as " + a.contentType() + " (not a problem): " + abbreviate(a.body());
            }
            try {
                var problem = ApiDocument.JSON.readTree(a.body());
                if (problem.path("status").asInt() != a.status() || problem.path("title").asText("").isBlank()) {
                    return "a problem without its status and title: " + abbreviate(a.body());
                }
            } catch (java.io.IOException e) {
                return "a problem that is not JSON: " + abbreviate(a.body());
            }
        }
        return null;
    }

    static String abbreviate(String s) {
        return s == null ? "(no body)" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** A table: one row per key, the count of each status class and the latencies. */
    public static String table(String title, Map<String, List<Answer>> rows) {
        StringBuilder sb = new StringBuilder("\n").append(title).append('\n');
        sb.append(String.format("%-22s %7s %5s %5s %5s %5s %5s %5s %5s %5s %5s %6s %5s %6s %6s%n", "", "requests",
                "2xx", "400", "401", "403", "404", "405", "406", "409", "41x", "other", "5xx", "p99 ms", "max ms"));
        List<Answer> total = new ArrayList<>();
        rows.forEach((k, v) -> {
            sb.append(row(k, v));
            total.addAll(v);
        });
        sb.append(row("total", total));
        return sb.toString();
    }

    private static String row(String name, List<Answer> answers) {
        Map<String, Integer> counts = new TreeMap<>();
        long[] millis = answers.stream().mapToLong(Answer::millis).sorted().toArray();
        for (Answer a : answers) {
            String k = a.status() < 0 ? "other" : a.status() >= 500 ? "5xx" : a.status() < 300 ? "2xx"
                    : a.status() >= 410 && a.status() <= 419 ? "41x"
                    : List.of(400, 401, 403, 404, 405, 406, 409).contains(a.status()) ? String.valueOf(a.status())
                    : "other";
            counts.merge(k, 1, Integer::sum);
        }
        long p99 = millis.length == 0 ? 0 : millis[Math.min(millis.length - 1, (int) Math.ceil(millis.length * 0.99) - 1)];
        long max = millis.length == 0 ? 0 : millis[millis.length - 1];
        return String.format("%-22s %7d %5d %5d %5d %5d %5d %5d %5d %5d %5d %6d %5d %6d %6d%n", name, answers.size(),
                counts.getOrDefault("2xx", 0), counts.getOrDefault("400", 0), counts.getOrDefault("401", 0),
                counts.getOrDefault("403", 0), counts.getOrDefault("404", 0), counts.getOrDefault("405", 0),
                counts.getOrDefault("406", 0), counts.getOrDefault("409", 0), counts.getOrDefault("41x", 0),
                counts.getOrDefault("other", 0), counts.getOrDefault("5xx", 0), p99, max);
    }
}
