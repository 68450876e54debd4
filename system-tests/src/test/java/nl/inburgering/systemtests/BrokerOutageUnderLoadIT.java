package nl.inburgering.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 1: the broker stopped for 30 s while writes flow across services (pip, exam and map-service) at 100
 * per second, {@code -Doutage.rate=200} for the rate on a machine that sustains it: on 2 cores shared by the
 * five services, PostgreSQL, Kafka and this JVM, 200/s is beyond pip-service's PIP establishment even without a fault
 * (bench/RESULTS.md: 36-42 PIPs/s; the writes queue for a connection past the kit's 10 s bound and are answered 503),
 * so the test would prove the machine's capacity, not the outage's harmlessness. Every write answers 2xx, no event is lost and none takes effect twice: after the
 * broker returns the backlog drains, and every participant ends in the same state, with the same events, as the
 * participants of a run without the outage that took the same steps.
 *
 * <p>"The same state" is a digest of what the five services answer about a participant (pip's progress, exam's free
 * attempts, map's MAP, pvt's PVT, deadline's term) with its ids and moments left out; "the same events" is, per event
 * type, the number of distinct CloudEvent ids keyed by the participant on the five topics. Both are compared per kind
 * of participant: those registered and given a PIP during the run, and the pool that received the exams and the MAP.
 */
@org.junit.jupiter.api.Tag("faults")
class BrokerOutageUnderLoadIT {

    static final int RATE = Integer.getInteger("outage.rate", 100);
    static final int BASELINE_SECONDS = 10;
    static final int BEFORE = 10;
    static final int OUTAGE = 30;
    static final int AFTER = 10;

    @Test
    void theBrokerAwayFor30sUnderLoadLosesNothingAndDoublesNothing() throws Exception {
        SystemUnderTest system = SystemUnderTest.get();

        LoadRun baseline = LoadRun.of(system, RATE, BASELINE_SECONDS, false, second -> { });
        System.out.printf("BrokerOutageUnderLoadIT baseline: %d writes in %d s at %d/s%n%s", baseline.load().sent(),
                BASELINE_SECONDS, RATE, baseline.load().table());

        long[] brokerBack = new long[1];
        Map<String, Integer> backlog = new java.util.concurrent.ConcurrentHashMap<>();
        LoadRun outage = LoadRun.of(system, RATE, BEFORE + OUTAGE + AFTER, false, second -> {
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

        for (LoadRun run : List.of(baseline, outage)) {
            assertThat(run.load().statuses.values()).as("every write 2xx").allSatisfy(byStatus ->
                    assertThat(byStatus.keySet()).allMatch(status -> status / 100 == 2));
        }
        assertThat(backlog.get("pip")).as("pip-service's outbox while the broker was away").isGreaterThan(0);
        for (String kind : List.of("newcomers", "pool")) {
            List<String> base = baseline.kind(kind);
            List<String> out = outage.kind(kind);
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
}
