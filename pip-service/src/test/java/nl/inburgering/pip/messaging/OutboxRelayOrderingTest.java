package nl.inburgering.pip.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.inburgering.contracts.events.ZRouteCompleted;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.outbox.OutboxRelay;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.localstack.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §5: two relay instances publishing the same outbox never reorder (nor duplicate) the events
 * of one key. Three relays run at once here: the scheduled one and two driven by the test.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class OutboxRelayOrderingTest {

    static final int EVENTS_PER_KEY = 40;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void twoRelaysNeverReorderOrDuplicateTheEventsOfOneKey() throws Throwable {
        List<UUID> keys = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        LocalDate day0 = LocalDate.of(2026, 1, 1);
        // Interleaved keys, in several transactions, so the relays meet rows in mid-stream.
        for (int batch = 0; batch < 4; batch++) {
            int from = batch * EVENTS_PER_KEY / 4;
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Multi.createFrom()
                    .range(from, from + EVENTS_PER_KEY / 4)
                    .onItem().transformToUniAndConcatenate(i -> Multi.createFrom().iterable(keys)
                            .onItem().transformToUniAndConcatenate(k -> outbox.append(
                                    new ZRouteCompleted(k, day0.plusDays(i))))
                            .collect().last())
                    .collect().last()));
            CompletableFuture<Integer> a = relay.publishPending().subscribeAsCompletionStage();
            CompletableFuture<Integer> b = relay.publishPending().subscribeAsCompletionStage();
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);
        }

        List<ConsumerRecord<String, String>> records = new TopicReader(bootstrap).awaitCount("pip.events",
                r -> keys.stream().anyMatch(k -> k.toString().equals(r.key())), keys.size() * EVENTS_PER_KEY,
                Duration.ofSeconds(60));

        ObjectMapper json = new ObjectMapper();
        Map<String, List<LocalDate>> perKey = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            LocalDate completedOn = LocalDate.parse(json.readTree(r.value()).at("/data/completedOn").asText());
            perKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(completedOn);
        }
        assertThat(perKey.keySet()).hasSize(3);
        for (List<LocalDate> dates : perKey.values()) {
            assertThat(dates).hasSize(EVENTS_PER_KEY).isSorted().doesNotHaveDuplicates();
        }
    }
}
