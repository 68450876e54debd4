package nl.inburgering.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.events.EventPayload;
import nl.inburgering.contracts.events.ExamResultRecorded;
import nl.inburgering.contracts.events.MapCompleted;
import nl.inburgering.contracts.events.ParticipantRegistered;
import nl.inburgering.contracts.events.PvtStatementSigned;
import nl.inburgering.contracts.events.TermStarted;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.localstack.testing.TopicReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 4: 100 poison events among 10,000 good ones on each consumed topic, while the five services run.
 * All 100 end in the topic's dead-letter topic once per consumer of the topic, each with its reason; no good event
 * does; and every consumer group's lag goes back to 0. Prints the figures. ({@code -Dpoison.good=N} changes the
 * 10,000.)
 */
@org.junit.jupiter.api.Tag("faults")
class PoisonVolumeIT {

    static final int GOOD = Integer.getInteger("poison.good", 10_000);
    static final int POISON = 100;
    static SystemUnderTest system;

    /** The events each topic gets, and how many consumers (of all services) read it. */
    record Stream(String source, Function<UUID, EventPayload> good, int consumers) {
    }

    static final LocalDate DAY = LocalDate.of(2026, 5, 4);
    static final Map<String, Stream> TOPICS = new LinkedHashMap<>();

    static {
        TOPICS.put("pip.events", new Stream(EventSources.PIP_SERVICE, id -> new ParticipantRegistered(id, "GM0363",
                TargetGroup.FAMILY_OR_OTHER_MIGRANT, LocalDate.of(1990, 4, 12), LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 10), null), 5));
        TOPICS.put("exam.events", new Stream(EventSources.EXAM_SERVICE, id -> new ExamResultRecorded(id,
                UUID.randomUUID(), ExamComponent.KNM, null, DAY, ExamOutcome.PASSED, null, DAY.plusWeeks(6), null), 1));
        TOPICS.put("map.events", new Stream(EventSources.MAP_SERVICE, id -> new MapCompleted(id, DAY, null), 1));
        TOPICS.put("pvt.events", new Stream(EventSources.PVT_SERVICE,
                id -> new PvtStatementSigned(id, DAY, new BigDecimal("12"), null), 1));
        TOPICS.put("deadline.events", new Stream(EventSources.DEADLINE_SERVICE,
                id -> new TermStarted(id, LocalDate.of(2026, 2, 2), LocalDate.of(2029, 2, 2)), 5));
    }

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void aHundredPoisonEventsAmongTenThousandGoodOnesOnEachTopicAllEndInTheirDeadLetterTopicAndTheLagReturnsToZero()
            throws Exception {
        String run = "poison-" + UUID.randomUUID() + "-";
        Set<String> goodKeys = new java.util.HashSet<>();
        List<ProducerRecord<String, String>> records = new java.util.ArrayList<>();
        for (Map.Entry<String, Stream> t : TOPICS.entrySet()) {
            int every = GOOD / POISON;
            for (int i = 0, poison = 0; i < GOOD; i++) {
                UUID id = UUID.randomUUID();
                goodKeys.add(id.toString());
                records.add(new ProducerRecord<>(t.getKey(), id.toString(), CloudEvents.toJson(CloudEvents.wrap(
                        t.getValue().source(), t.getValue().good().apply(id), UUID.randomUUID(), Instant.now()))));
                if (i % every == every - 1 && poison < POISON) {
                    records.add(new ProducerRecord<>(t.getKey(), run + poison++, "{\"poison\":" + i + "}"));
                }
            }
        }
        TopicReader topics = new TopicReader(system.stack().kafkaBootstrapServers());
        long produceStart = System.nanoTime();
        topics.produceAll(records);
        double produced = (System.nanoTime() - produceStart) / 1e9;

        long start = System.nanoTime();
        Map<String, Integer> deadLettered = new LinkedHashMap<>();
        for (Map.Entry<String, Stream> t : TOPICS.entrySet()) {
            int expected = POISON * t.getValue().consumers();
            List<ConsumerRecord<String, String>> dead = topics.awaitCount(t.getKey() + ".dlq",
                    r -> r.key() != null && r.key().startsWith(run), expected, Duration.ofSeconds(600));
            assertThat(dead).as(t.getKey() + ".dlq").hasSize(expected)
                    .allSatisfy(r -> assertThat(r.headers().lastHeader("dead-letter-reason")).isNotNull());
            Map<String, Long> perConsumer = dead.stream().collect(Collectors.groupingBy(r -> new String(
                    r.headers().lastHeader("dead-letter-consumer").value(), StandardCharsets.UTF_8), Collectors.counting()));
            assertThat(perConsumer).as("poison events per consumer of " + t.getKey()).hasSize(t.getValue().consumers())
                    .allSatisfy((consumer, n) -> assertThat(n).isEqualTo(POISON));
            deadLettered.put(t.getKey(), dead.size());
        }
        // every consumer group of the system catches up: its committed offsets reach the end of each topic
        Map<String, Long> lags = SystemState.awaitNoLag(system, Duration.ofSeconds(600), 9);
        assertThat(lags.values()).as("lag per consumer group").allMatch(l -> l == 0);
        double drained = (System.nanoTime() - start) / 1e9;
        // and no good event was dead-lettered
        for (String topic : TOPICS.keySet()) {
            assertThat(topics.readAll(topic + ".dlq", r -> goodKeys.contains(r.key())))
                    .as("good events dead-lettered on " + topic + ".dlq").isEmpty();
        }
        System.out.printf("PoisonVolumeIT: %d good + %d poison events on each of %d topics produced in %.1f s; "
                        + "dead letters %s; every group's lag 0 %.1f s later (lags at the end: %s)%n", GOOD, POISON,
                TOPICS.size(), produced, deadLettered, drained, lags);
    }
}
