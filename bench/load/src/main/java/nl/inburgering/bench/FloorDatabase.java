package nl.inburgering.bench;

/** Creates the floor app's own role and database (bench_floor) on the local stack's PostgreSQL, if missing. */
public final class FloorDatabase {

    public static void main(String[] args) throws Exception {
        Db.ensureDatabase("bench_floor", "bench_floor");
    }
}
