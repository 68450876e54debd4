package nl.inburgering.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/** The JDK's HTTP client with a bearer token and an Idempotency-Key on every POST, as partners call the services. */
public final class Http {

    public record Answer(int status, String body, double millis) {
        public boolean ok() {
            return status / 100 == 2;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "bench-http");
                t.setDaemon(true);
                return t;
            })).build();

    /** Sends without waiting; status -1 for no answer (timeout, refused connection). */
    public CompletableFuture<Answer> post(String url, String token, String body, String idempotencyKey) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(request);
    }

    public CompletableFuture<Answer> get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).GET().build());
    }

    private CompletableFuture<Answer> send(HttpRequest request) {
        long t0 = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((r, e) -> e != null ? new Answer(-1, String.valueOf(e), (System.nanoTime() - t0) / 1e6)
                        : new Answer(r.statusCode(), r.body(), (System.nanoTime() - t0) / 1e6));
    }

    /** Whether the URL answers 200 now (a readiness probe). */
    public boolean up(String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
