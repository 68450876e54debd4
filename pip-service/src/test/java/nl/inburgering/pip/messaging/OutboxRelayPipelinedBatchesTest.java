package nl.inburgering.pip.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.contracts.events.ZRouteCompleted;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.localstack.testing.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, DESIGN §5: a relay run pipelines several batches (the next read while the broker acknowledges one, sent
 * while that one is marked). With batches of 7 rows, the ordering test of {@link OutboxRelayOrderingTest} (inherited:
 * three relays at once, no reordering or duplicate per key) runs across many batches, and one run marks many batches.
 */
@QuarkusTest
@TestProfile(OutboxRelayPipelinedBatchesTest.SmallBatches.class)
@QuarkusTestResource(LocalStackResource.class)
class OutboxRelayPipelinedBatchesTest extends OutboxRelayOrderingTest {

    static final int BATCH = 7;

    public static class SmallBatches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kit.outbox.batch-size", Integer.toString(BATCH));
        }
    }

    @Test
    void oneRunPublishesAndMarksSeveralBatches() throws Throwable {
        UUID key = UUID.randomUUID();
        int events = 100;
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Multi.createFrom().range(0, events)
                .onItem().transformToUniAndConcatenate(i -> outbox.append(
                        new ZRouteCompleted(key, LocalDate.of(2026, 1, 1).plusDays(i))))
                .collect().last()));

        new TopicReader(bootstrap).awaitCount("pip.events", r -> key.toString().equals(r.key()), events,
                Duration.ofSeconds(60));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Db.number(
                "select count(*) from outbox_event where message_key = :key and sent_at is null",
                Map.of("key", key.toString())) == 0);
        // rows marked in one transaction share its id (xmin): one batch per run would take ceil(100 / 7) = 15
        long runs = Db.number("select count(distinct xmin::text) from outbox_event where message_key = :key",
                Map.of("key", key.toString()));
        System.out.printf("OutboxRelayPipelinedBatchesTest: %d events in batches of %d marked in %d runs%n", events,
                BATCH, runs);
        assertThat(runs).as("relay runs (transactions) that marked %d events in batches of %d", events, BATCH)
                .isLessThanOrEqualTo(events / (BATCH * 4));
    }
}
