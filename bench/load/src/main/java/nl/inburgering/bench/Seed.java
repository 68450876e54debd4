package nl.inburgering.bench;

import java.sql.Connection;
import java.util.List;

/**
 * Fills the system to BENCH_SEED_COUNT (200,000) bench participants (issue 15 item 1, scale) through the services'
 * own write paths: pip-service's {@code POST /v1/participants} (BENCH_SEED_CONCURRENCY, 32, in flight), so the BSN's
 * HMAC and ciphertext, the audit record and the outbox event are made by the service itself, and the four replicas
 * learn each participant from its real {@code participant.registered}. SQL was the other way; it would have to copy
 * pip's BSN protection (keys, HMAC, AES-GCM) and the replicas' handlers, and go stale with them.
 *
 * <p>Runs again from where it stopped: it counts the bench participants already in pip's database and registers the
 * rest. At the end it waits until the replicas have caught up and reports both times.
 */
public final class Seed {

    public static void main(String[] args) throws Exception {
        int target = Env.integer("BENCH_SEED_COUNT", 200_000);
        int concurrency = Env.integer("BENCH_SEED_CONCURRENCY", 32);
        Report report = new Report("seed").setting("target", target).setting("concurrency", concurrency);
        long have;
        try (Connection pip = Db.service("pip")) {
            have = Db.number(pip, "select count(*) from participant where name = ?", Participants.NAME);
        }
        int missing = (int) Math.max(0, target - have);
        long t0 = System.nanoTime();
        Http http = new Http();
        int[] done = {0};
        List<String> ids = Participants.register(missing, concurrency, http, () -> {
            done[0] += 1000;
            double s = (System.nanoTime() - t0) / 1e9;
            if (done[0] % 10_000 == 0) {
                System.err.printf("seed: %,d of %,d registered in %.0f s (%.0f/s)%n", done[0], missing, s, done[0] / s);
            }
        });
        double registering = (System.nanoTime() - t0) / 1e9;
        report.row("what", "registrations (pip REST)", "count", ids.size(), "seconds", Stats.round(registering),
                "per_s", registering == 0 ? 0 : Math.round(ids.size() / registering));
        long total;
        try (Connection pip = Db.service("pip")) {
            total = Db.number(pip, "select count(*) from participant");
        }
        for (String s : List.of("exam", "map", "pvt", "deadline")) {
            double caughtUp = waitForReplica(s, total, t0);
            report.row("what", s + " replica caught up", "count", total, "seconds", Stats.round(caughtUp),
                    "per_s", caughtUp < 0 ? "timeout" : Math.round(total / Math.max(caughtUp, 0.001)));
        }
        report.setting("already_there", have);
        report.note("seconds from the start of seeding; a replica's count includes participants registered before");
        report.finish();
        System.exit(0);
    }

    /** Seconds since t0 at which the service's replica held every participant pip has, or -1 after the timeout. */
    static double waitForReplica(String service, long participants, long t0) throws Exception {
        long deadline = System.nanoTime() + Env.integer("BENCH_DRAIN_TIMEOUT", 3600) * 1_000_000_000L;
        try (Connection c = Db.service(service)) {
            while (Db.number(c, "select count(*) from participant_replica where registered") < participants) {
                if (System.nanoTime() > deadline) {
                    return -1;
                }
                Thread.sleep(1000);
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
