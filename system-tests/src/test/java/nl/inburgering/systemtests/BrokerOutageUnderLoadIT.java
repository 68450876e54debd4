package nl.inburgering.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 1: the broker stopped for 30 s while writes flow across services at 200 per second (pip, exam and
 * map-service; {@code -Doutage.rate}). Every write answers 2xx, no event is lost and none takes effect twice: after the
 * broker returns the backlog drains, and every participant ends in the same state, with the same events, as the
 * participants of a run without the outage that took the same steps.
 *
 * <p>"The same state" is a digest of what the five services answer about a participant (pip's progress, exam's free
 * attempts, map's MAP, pvt's PVT, deadline's term) with its ids and moments left out; "the same events" is, per event
 * type, the number of distinct CloudEvent ids keyed by the participant on the five topics. Both are compared per kind
 * of participant: those registered and given a PIP during the run, and the pool that received the exams and the MAP.
 */
class BrokerOutageUnderLoadIT {

    static final int RATE = Integer.getInteger("outage.rate", 200);
    static final int BASELINE_SECONDS = 10;
    static final int BEFORE = 10;
    static final int OUTAGE = 30;
    static final int AFTER = 10;

    record Run(WriteLoad load, List<String> newcomers, List<String> pool, Map<String, String> digests,
            Map<String, Map<String, Integer>> events, long settledAt) {
    }

    @Test
    void theBrokerAwayFor30sUnderLoadLosesNothingAndDoublesNothing() throws Exception {
        SystemUnderTest system = SystemUnderTest.get();

        Run baseline = run(system, BASELINE_SECONDS, second -> { });
        System.out.printf("BrokerOutageUnderLoadIT baseline: %d writes in %d s at %d/s%n%s", baseline.load().sent(),
                BASELINE_SECONDS, RATE, baseline.load().table());

        long[] brokerBack = new long[1];
        Map<String, Integer> backlog = new java.util.concurrent.ConcurrentHashMap<>();
        Run outage = run(system, BEFORE + OUTAGE + AFTER, second -> {
            try {
                if (second == BEFORE) {
                    system.stack().stopKafka();
                } else if (second == BEFORE + OUTAGE - 1) {
                    backlog.putAll(SystemState.outboxPending());
                } else if (second == BEFORE + OUTAGE) {
                    system.stack().startKafka();
                    brokerBack[0] = System.nanoTime();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        double drained = (outage.settledAt() - brokerBack[0]) / 1e9;
        System.out.printf("BrokerOutageUnderLoadIT: %d writes in %d s at %d/s, broker away from second %d to %d%n%s"
                        + "  outbox backlog just before the broker returned: %s%n"
                        + "  every outbox sent and every consumer group at the end %.1f s after the broker returned%n",
                outage.load().sent(), BEFORE + OUTAGE + AFTER, RATE, BEFORE, BEFORE + OUTAGE, outage.load().table(),
                backlog, drained);

        assertThat(backlog.get("pip")).as("pip-service's outbox while the broker was away").isGreaterThan(0);
        for (String kind : List.of("newcomers", "pool")) {
            List<String> base = kind.equals("pool") ? baseline.pool() : baseline.newcomers();
            List<String> out = kind.equals("pool") ? outage.pool() : outage.newcomers();
            Map<String, Long> expected = SystemState.distinct(baseline.digests(), base);
            assertThat(expected).as(kind + ": one state for all in the run without the outage").hasSize(1);
            assertThat(SystemState.distinct(outage.digests(), out)).as(kind + ": the state after the outage")
                    .containsOnlyKeys(expected.keySet());
            Map<String, Long> expectedEvents = SystemState.distinct(baseline.events(), base);
            assertThat(expectedEvents).as(kind + ": one set of events for all in the run without the outage").hasSize(1);
            assertThat(SystemState.distinct(outage.events(), out)).as(kind + ": the events after the outage")
                    .containsOnlyKeys(expectedEvents.keySet());
        }
    }

    /** One run: a pool prepared, the stream, the leftovers planned, the system settled, then what it holds. */
    static Run run(SystemUnderTest system, int seconds, java.util.function.Consumer<Integer> atSecond) throws Exception {
        long t0 = System.nanoTime();
        WriteLoad load = new WriteLoad(false);
        load.preparePool(poolSize(seconds));
        double prepared = SystemState.awaitSettled(system, Duration.ofSeconds(120)) + (System.nanoTime() - t0) / 1e9;
        load.run(RATE, Duration.ofSeconds(seconds), atSecond);
        load.planLeftovers();
        load.finishPool();
        assertThat(load.failures).as("writes that did not answer 2xx").isEmpty();
        assertThat(load.statuses.values()).allSatisfy(byStatus ->
                assertThat(byStatus.keySet()).allMatch(status -> status / 100 == 2));
        long t1 = System.nanoTime();
        SystemState.awaitSettled(system, Duration.ofSeconds(600));
        long settledAt = System.nanoTime();
        List<String> newcomers = new ArrayList<>(load.planned);
        List<String> pool = new ArrayList<>(load.poolDone);
        Set<String> everyone = new HashSet<>(newcomers);
        everyone.addAll(pool);
        assertThat(SystemState.deadLetters(system, everyone)).as("dead letters").isEmpty();
        Run run = new Run(load, newcomers, pool, SystemState.digests(everyone),
                SystemState.eventCounts(system, everyone), settledAt);
        System.out.printf("  (pool of %d prepared and settled in %.1f s; %d newcomers and %d pool participants written, "
                        + "%d slots without a ready pool participant; settled %.1f s after the stream; read back in "
                        + "%.1f s)%n", poolSize(seconds), prepared, newcomers.size(), pool.size(), load.skippedSlots.get(),
                (settledAt - t1) / 1e9, (System.nanoTime() - settledAt) / 1e9);
        return run;
    }

    /** Enough pool participants for the run: three in five writes are theirs, 16 each. */
    static int poolSize(int seconds) {
        return (int) Math.ceil(RATE * 3.0 / 5 * seconds / 16 * 1.05);
    }
}
