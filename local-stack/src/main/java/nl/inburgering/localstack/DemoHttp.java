package nl.inburgering.localstack;

import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The demo loader's HTTP: JSON in and out, bearer tokens, bounded retries while an event travels between
 * services, and a count of requests and failures. A failure is kept as text without any BSN.
 */
final class DemoHttp {

    /** The rules a service answers while it has not yet seen the event a request depends on. */
    static final Set<String> NOT_YET_KNOWN = Set.of("PARTICIPANT-NOT-YET-KNOWN", "PLAN-NOT-YET-KNOWN",
            "TERM-NOT-YET-KNOWN", "TERM-NOT-STARTED");
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{9}(?![0-9])");
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    /** When to ask again: a predicate on the answer, tried until {@link #MAX_WAIT}. */
    record Retry(Predicate<Response> when) {
        static final Retry NONE = new Retry(r -> false);
        /**
         * exam-, map-, pvt- and deadline-service learn participants, plans and terms from events: until then a
         * 404 (the participant is not known, so not yours) or a 409 naming what is not yet known.
         */
        static final Retry REPLICA = new Retry(r -> r.status() == 404
                || (r.status() == 409 && NOT_YET_KNOWN.contains(r.rule())));

        static Retry until(Predicate<Response> when) {
            return new Retry(when);
        }
    }

    record Response(int status, String body, Map<String, Object> json) {
        Object get(String field) {
            return json == null ? null : json.get(field);
        }

        String string(String field) {
            Object v = get(field);
            return v == null ? null : v.toString();
        }

        String rule() {
            return string("rule");
        }

        @SuppressWarnings("unchecked")
        List<Object> list(String field) {
            Object v = get(field);
            return v instanceof List<?> l ? (List<Object>) l : List.of();
        }

        String describe() {
            String detail = string("detail");
            String text = status + (rule() == null ? "" : " " + rule()) + ": "
                    + (detail == null ? body : detail + (json != null && json.get("errors") != null ? " " + json.get("errors") : ""));
            return mask(text.length() > 600 ? text.substring(0, 600) + "…" : text);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    int requests() {
        return requests.get();
    }

    int retries() {
        return retries.get();
    }

    List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    void fail(Object who, String step, String what) {
        failures.add(who + " " + step + ": " + mask(what));
    }

    /**
     * Sends the request; asks again while {@code retry} says so (at most a minute), and on a connection failure.
     * @return the answer when its status is one of {@code expected}, else null after recording a failure
     */
    Response send(Object who, String step, String method, String url, String token, Object body,
            String idempotencyKey, Retry retry, int... expected) {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        long pause = 100;
        Response last = null;
        String error = null;
        while (true) {
            try {
                last = once(method, url, token, body, idempotencyKey);
                error = null;
                if (!retry.when().test(last)) {
                    break;
                }
            } catch (IOException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (System.nanoTime() > deadline) {
                break;
            }
            retries.incrementAndGet();
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            pause = Math.min(2000, pause * 2);
        }
        if (error != null) {
            fail(who, step, method + " " + path(url) + ": " + error);
            return null;
        }
        for (int s : expected) {
            if (last.status() == s) {
                return last;
            }
        }
        fail(who, step, method + " " + path(url) + " → " + last.describe());
        return null;
    }

    private Response once(String method, String url, String token, Object body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json(body)));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        requests.incrementAndGet();
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Object> parsed = null;
        String text = r.body() == null ? "" : r.body().strip();
        if (text.startsWith("{")) {
            try {
                parsed = JsonUtil.parseJson(text);
            } catch (JoseException e) {
                parsed = null;
            }
        }
        return new Response(r.statusCode(), text, parsed);
    }

    private static String path(String url) {
        URI u = URI.create(url);
        return ":" + u.getPort() + u.getPath();
    }

    static String mask(String s) {
        return s == null ? null : NINE_DIGITS.matcher(s).replaceAll("*********");
    }

    /** An object from name/value pairs, in order; a null value leaves the name out. */
    static Map<String, Object> obj(Object... nameValues) {
        if (nameValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null) {
                m.put((String) nameValues[i], nameValues[i + 1]);
            }
        }
        return m;
    }

    /**
     * JSON text: maps, lists, strings, numbers, booleans; dates, enums and anything else as their string. Written by
     * jose4j's JSON writer (already on this module's classpath) once the values are plain JSON types.
     */
    @SuppressWarnings("unchecked")
    static String json(Object value) {
        Object plain = plain(value);
        if (plain instanceof Map<?, ?> map) {
            return org.jose4j.json.JsonUtil.toJson((Map<String, ?>) map);
        }
        // a top-level list: wrap and cut, as the writer takes objects only
        String wrapped = org.jose4j.json.JsonUtil.toJson(Map.of("v", plain));
        return wrapped.substring("{\"v\":".length(), wrapped.length() - 1);
    }

    private static Object plain(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, x) -> copy.put(String.valueOf(k), plain(x)));
            return copy;
        }
        if (v instanceof Iterable<?> list) {
            java.util.List<Object> copy = new java.util.ArrayList<>();
            list.forEach(x -> copy.add(plain(x)));
            return copy;
        }
        return v.toString();
    }
}
