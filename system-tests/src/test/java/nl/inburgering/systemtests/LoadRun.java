package nl.inburgering.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One run of {@link WriteLoad} against the whole system, and what the system holds afterwards: a pool prepared and
 * settled, the stream (with {@code atSecond} for a fault), the leftovers written so that every participant took its
 * whole set of steps, the system settled again, no dead letters, and each participant's digest and event counts
 * ({@link SystemState}). The fault tests compare runs with and without their fault.
 *
 * @param newcomers participants registered and given a PIP by the stream
 * @param pool      participants that received the five exams and the whole MAP
 * @param settledAt when every outbox was sent and every consumer group at the end (System.nanoTime)
 */
record LoadRun(WriteLoad load, List<String> newcomers, List<String> pool, Map<String, String> digests,
        Map<String, Map<String, Integer>> events, long settledAt) {

    static LoadRun of(SystemUnderTest system, int perSecond, int seconds, boolean retryWhile503,
            Consumer<Integer> atSecond) throws Exception {
        long t0 = System.nanoTime();
        WriteLoad load = new WriteLoad(retryWhile503);
        int poolSize = poolFor(perSecond, seconds);
        load.preparePool(poolSize);
        double prepared = SystemState.awaitSettled(system, Duration.ofSeconds(120)) + (System.nanoTime() - t0) / 1e9;
        load.run(perSecond, Duration.ofSeconds(seconds), atSecond);
        load.planLeftovers();
        load.finishPool();
        assertThat(load.failures).as("writes that failed (not 2xx" + (retryWhile503 ? ", nor a 503 problem retried"
                : "") + ")").isEmpty();
        long t1 = System.nanoTime();
        SystemState.awaitSettled(system, Duration.ofSeconds(600));
        long settledAt = System.nanoTime();
        List<String> newcomers = new ArrayList<>(load.planned);
        List<String> pool = new ArrayList<>(load.poolDone);
        Set<String> everyone = new HashSet<>(newcomers);
        everyone.addAll(pool);
        assertThat(SystemState.deadLetters(system, everyone)).as("dead letters").isEmpty();
        LoadRun run = new LoadRun(load, newcomers, pool, SystemState.digests(everyone),
                SystemState.eventCounts(system, everyone), settledAt);
        System.out.printf("  (pool of %d prepared and settled in %.1f s; %d newcomers and %d pool participants written, "
                        + "%d slots without a ready pool participant; settled %.1f s after the stream; read back in "
                        + "%.1f s)%n", poolSize, prepared, newcomers.size(), pool.size(), load.skippedSlots.get(),
                (settledAt - t1) / 1e9, (System.nanoTime() - settledAt) / 1e9);
        return run;
    }

    /** Enough pool participants for a stream: three in five writes are theirs, 16 each. */
    static int poolFor(int perSecond, int seconds) {
        return (int) Math.ceil(perSecond * 3.0 / 5 * seconds / 16 * 1.05);
    }

    /** The participants of one kind: "newcomers" or "pool". */
    List<String> kind(String kind) {
        return kind.equals("pool") ? pool : newcomers;
    }
}
