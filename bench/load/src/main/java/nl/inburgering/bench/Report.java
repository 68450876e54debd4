package nl.inburgering.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark's outcome: a short table on stdout and the same rows, with the settings and the machine, in
 * {@code bench/results/<what>-<timestamp>.json}.
 */
public final class Report {

    private final String what;
    private final Instant started = Instant.now();
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Report(String what) {
        this.what = what;
    }

    public Report setting(String name, Object value) {
        settings.put(name, value);
        return this;
    }

    /** A row: column name, value, column name, value, ... in display order. */
    public Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        rows.add(row);
        return row;
    }

    public void note(String note) {
        notes.add(note);
    }

    /** Prints the table and writes the JSON; returns the file. */
    public Path finish() throws IOException {
        List<String> columns = new ArrayList<>();
        rows.forEach(r -> r.keySet().forEach(k -> {
            if (!columns.contains(k)) {
                columns.add(k);
            }
        }));
        int[] width = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            width[i] = columns.get(i).length();
            for (Map<String, Object> r : rows) {
                width[i] = Math.max(width[i], cell(r.get(columns.get(i))).length());
            }
        }
        StringBuilder out = new StringBuilder("\n== bench " + what + " ==\n");
        for (int i = 0; i < columns.size(); i++) {
            out.append(String.format("%-" + (width[i] + 2) + "s", columns.get(i)));
        }
        out.append('\n');
        for (Map<String, Object> r : rows) {
            for (int i = 0; i < columns.size(); i++) {
                out.append(String.format("%-" + (width[i] + 2) + "s", cell(r.get(columns.get(i)))));
            }
            out.append('\n');
        }
        notes.forEach(n -> out.append("note: ").append(n).append('\n'));

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", what);
        json.put("started", started.toString());
        json.put("finished", Instant.now().toString());
        json.put("machine", machine());
        json.put("settings", settings);
        json.put("results", rows);
        json.put("notes", notes);
        Path dir = Env.resultsDir();
        Files.createDirectories(dir);
        Path file = dir.resolve(what + "-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(ZoneOffset.UTC).format(started) + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        out.append("written: ").append(file).append('\n');
        System.out.print(out);
        return file;
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : String.format("%.2f", d);
        }
        return v.toString();
    }

    static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        m.put("memory_mb", os.getTotalMemorySize() / (1024 * 1024));
        m.put("java", System.getProperty("java.version"));
        m.put("load_average", os.getSystemLoadAverage());
        m.put("git", Env.get("BENCH_GIT", ""));
        return m;
    }
}
