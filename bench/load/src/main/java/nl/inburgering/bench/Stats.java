package nl.inburgering.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Percentiles of a set of durations in milliseconds (nearest rank). */
public record Stats(int count, double p50, double p99, double max) {

    public static Stats of(Collection<Double> millis) {
        double[] v = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Stats(v.length, rank(v, 0.50), rank(v, 0.99), v.length == 0 ? 0 : v[v.length - 1]);
    }

    static double rank(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count);
        m.put("p50_ms", round(p50));
        m.put("p99_ms", round(p99));
        m.put("max_ms", round(max));
        return m;
    }

    public static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    @Override
    public String toString() {
        return Arrays.toString(new double[] {p50, p99, max});
    }
}
