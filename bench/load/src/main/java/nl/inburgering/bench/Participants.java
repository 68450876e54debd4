package nl.inburgering.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The participants a benchmark reads and writes for: registered in pip-service, of municipality GM0363, and known to
 * exam-service already (its participant replica). Taken from the databases when there are enough (after
 * {@code bench/run seed}); otherwise the missing ones are registered through pip-service's REST API first.
 */
public final class Participants {

    public static final String NAME = "Bench Participant";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Participants() {
    }

    /** Up to n ids at random among those exam-service knows in GM0363. */
    public static List<String> known(int n) throws SQLException {
        try (Connection exam = Db.service("exam")) {
            return Db.strings(exam, "select participant_id::text from participant_replica where registered "
                    + "and municipality_code = ? and obligation_ended_on is null and completed_on is null "
                    + "order by random() limit ?", Env.MUNICIPALITY, n);
        }
    }

    /** n known participants, registering the missing ones (16 at a time) and waiting until exam-service knows them. */
    public static List<String> ensure(int n, Http http) throws Exception {
        List<String> have = known(n);
        int missing = n - have.size();
        if (missing <= 0) {
            return have;
        }
        System.err.printf("bench: registering %d participants first (%d known)%n", missing, have.size());
        List<String> ids = register(missing, 16, http, null);
        long deadline = System.nanoTime() + 300_000_000_000L;
        try (Connection exam = Db.service("exam")) {
            while (Db.number(exam, "select count(*) from participant_replica where participant_id = any(?::uuid[])",
                    (Object) ids.toArray(String[]::new)) < ids.size()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("exam-service did not learn the new participants in 300 s");
                }
                Thread.sleep(500);
            }
        }
        return known(n);
    }

    /**
     * Registers n participants through pip-service, {@code concurrency} at a time; returns their ids. A BSN drawn
     * twice (409) is drawn again. {@code progress} (may be null) is told every thousand.
     */
    public static List<String> register(int n, int concurrency, Http http, Runnable progress) throws Exception {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        Semaphore slots = new Semaphore(concurrency);
        AtomicInteger failures = new AtomicInteger();
        List<String> lastFailure = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            slots.acquire();
            registerOne(http, 3).whenComplete((a, e) -> {
                if (a != null && a.ok()) {
                    ids.add(id(a.body()));
                    if (progress != null && ids.size() % 1000 == 0) {
                        progress.run();
                    }
                } else {
                    failures.incrementAndGet();
                    // the status only: an answer about a registration may name its BSN
                    lastFailure.add(a == null ? e.getClass().getSimpleName() : "status " + a.status());
                }
                slots.release(); // after the bookkeeping: the caller reads it once every slot is back
            });
        }
        slots.acquire(concurrency);
        if (failures.get() > 0) {
            System.err.printf("bench: %d registrations failed; the last: %s%n", failures.get(),
                    lastFailure.get(lastFailure.size() - 1));
        }
        return ids;
    }

    private static CompletableFuture<Http.Answer> registerOne(Http http, int triesLeft) {
        return http.post(Env.url("pip") + "/v1/participants", Env.duoToken(), Bodies.register(Bsns.random(), NAME),
                        UUID.randomUUID().toString())
                .thenCompose(a -> a.status() == 409 && triesLeft > 1 ? registerOne(http, triesLeft - 1)
                        : CompletableFuture.completedFuture(a));
    }

    /**
     * Per participant, the first number Bodies may use for its next exam write of this source without meeting a day
     * used before (one sitting per component a day): BOOKED_HERE registrations go forward from today + 30 days,
     * BOOKED_ELSEWHERE results back from yesterday, five numbers (components) a day; every day up to the furthest one
     * used is skipped.
     */
    public static java.util.Map<String, Integer> examWrites(List<String> pool, String source) throws SQLException {
        String daysUsed = source.equals("BOOKED_HERE") ? "max(exam_date) - (current_date + 30) + 1"
                : "(current_date - 1) - min(exam_date) + 1";
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        try (Connection exam = Db.service("exam");
             java.sql.PreparedStatement q = exam.prepareStatement("select participant_id::text, " + daysUsed
                     + " from exam_registration where participant_id = any(?::uuid[]) and source = ? "
                     + "group by participant_id")) {
            q.setArray(1, exam.createArrayOf("text", pool.toArray()));
            q.setString(2, source);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), Math.max(0, rs.getInt(2)) * Bodies.COMPONENTS.length);
                }
            }
        }
        return out;
    }

    static String id(String body) {
        try {
            return JSON.readTree(body).get("id").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no id in an answer", e);
        }
    }
}
