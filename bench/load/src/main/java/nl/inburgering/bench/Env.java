package nl.inburgering.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * Every address and knob of the benchmarks, from environment variables (bench/README.md lists them). The defaults are
 * those of ./run-local; the LOCAL_STACK_* variables that move the local stack move these defaults with it.
 */
public final class Env {

    public static final List<String> SERVICES = List.of("pip", "exam", "map", "pvt", "deadline");

    private Env() {
    }

    public static String get(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    public static int integer(String name, int fallback) {
        return Integer.parseInt(get(name, Integer.toString(fallback)));
    }

    public static String pgHost() {
        return get("BENCH_PG_HOST", "127.0.0.1");
    }

    public static int pgPort() {
        return integer("BENCH_PG_PORT", integer("LOCAL_STACK_PG_PORT", 5433));
    }

    public static String kafka() {
        return get("BENCH_KAFKA", "127.0.0.1:" + get("LOCAL_STACK_KAFKA_PORT", "9092"));
    }

    /** A service's base URL: BENCH_PIP_URL, ..., else 127.0.0.1 on BENCH_BASE_PORT + 1..5 (run-local: 8081-8085). */
    public static String url(String service) {
        int port = integer("BENCH_BASE_PORT", 8080) + 1 + SERVICES.indexOf(service);
        return get("BENCH_" + service.toUpperCase() + "_URL", "http://127.0.0.1:" + port);
    }

    public static String floorUrl() {
        return get("BENCH_FLOOR_URL", "http://127.0.0.1:" + get("BENCH_FLOOR_PORT", "8099"));
    }

    /** Development tokens, minted by bench/run with ./dev-token (the dev key is public; local use only). */
    public static String duoToken() {
        return required("BENCH_TOKEN_DUO");
    }

    public static String officerToken() {
        return required("BENCH_TOKEN_OFFICER");
    }

    /** The municipality of the officer token and of every participant the benchmarks register. */
    public static final String MUNICIPALITY = "GM0363";

    /** The repository root (bench/run sets it). */
    public static Path root() {
        return Path.of(get("BENCH_ROOT", "..")).toAbsolutePath().normalize();
    }

    public static Path resultsDir() {
        return Path.of(get("BENCH_RESULTS", root().resolve("bench/results").toString()));
    }

    private static String required(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(name + " is not set (bench/run sets it)");
        }
        return v;
    }
}
