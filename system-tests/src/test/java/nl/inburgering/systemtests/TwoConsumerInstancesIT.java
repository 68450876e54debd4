package nl.inburgering.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.testing.TestBsns;
import nl.inburgering.localstack.testing.TopicReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 6 and issue 14 item 6: consumers run with two replicas (deploy/k8s). A second instance of
 * pip-service joins its consumer groups while the facts stream in (a rebalance under load); the two share the
 * partitions of exam.events and pvt.events, and still every participant's facts take effect once: each completes
 * exactly once, on the right day, and no outstanding set is published twice in a row (a fact applied twice would
 * repeat it).
 */
class TwoConsumerInstancesIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String GROUP = "pip-service.completion.exam-events.system-test";
    static final int PARTICIPANTS = 8;
    static SystemUnderTest system;
    static Process second;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @AfterAll
    static void stopSecond() throws InterruptedException {
        if (second != null) {
            second.destroy();
            second.waitFor();
        }
    }

    static List<MemberDescription> membersWithPartitions() throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.stack().kafkaBootstrapServers());
        try (Admin admin = Admin.create(p)) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP);
            return group.members().stream().filter(m -> !m.assignment().topicPartitions().isEmpty()).toList();
        }
    }

    static int partitionsOf(String topic) throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.stack().kafkaBootstrapServers());
        try (Admin admin = Admin.create(p)) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        }
    }

    /** The partition Kafka's default partitioner gives a record with this key (murmur2 of its bytes). */
    static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    static double processedByCompletionConsumer(String url) {
        String metrics = given().baseUri(url).when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("kit_events_consumed_total{")
                        && l.contains("consumer=\"pip-service.completion\"") && l.contains("outcome=\"processed\""))
                // the value follows the labels; an exemplar (" # {trace_id=…} 1.0 <time>") may follow it
                .mapToDouble(l -> Double.parseDouble(l.substring(l.indexOf('}') + 1).trim().split(" ")[0])).sum();
    }

    @Test
    void aSecondInstanceJoinsUnderLoadSharesThePartitionsAndEveryFactTakesEffectOnce() throws Exception {
        String officer = DevTokens.officer("GM0363");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate signedOn = today.minusDays(1);
        // The participants whose facts flow after the join must cover every partition of exam.events: which of
        // them the second instance is given is the group's choice, and the assertion that it processed events
        // must not depend on where four random keys happen to hash (it failed once in CI when they missed).
        int partitions = partitionsOf("exam.events");
        List<String> ids = new ArrayList<>();
        Set<Integer> coveredAfterJoin = new HashSet<>();
        while (ids.size() < PARTICIPANTS || coveredAfterJoin.size() < partitions) {
            assertThat(ids).as("participants registered to cover %d partitions", partitions).hasSizeLessThan(60);
            String id = Journeys.register(TestBsns.random(), "GM0363", "FAMILY_OR_OTHER_MIGRANT");
            Journeys.plan(officer, id, "{\"dateOfIssue\":\"2026-02-01\",\"route\":\"EDUCATION\",\"level\":\"B1\"}");
            ids.add(id);
            if (ids.size() > PARTICIPANTS / 2) {
                coveredAfterJoin.add(partitionOf(id, partitions));
            }
        }
        // The second instance starts while the first participants' facts flow.
        java.util.concurrent.CompletableFuture<Process> joining = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return system.startSecondInstance("pip");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        for (String id : ids) {
            if (id.equals(ids.get(PARTICIPANTS / 2))) {
                second = joining.get();
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                        assertThat(membersWithPartitions()).as("members of " + GROUP + " with partitions").hasSize(2));
            }
            Journeys.allExamsPassed(UUID.fromString(id), LocalDate.of(2026, 5, 4));
            Journeys.twelvePvtHours(officer, id, today.minusDays(20), today.minusDays(10), today.minusDays(5));
            Journeys.sign(officer, id, signedOn, "Deelnemer");
        }

        TopicReader topics = new TopicReader(system.stack().kafkaBootstrapServers());
        for (String id : ids) {
            topics.await("pip.events", r -> id.equals(r.key())
                    && r.value().contains("nl.inburgering.integration.completed"), Duration.ofSeconds(90));
        }
        Thread.sleep(3_000);
        for (String id : ids) {
            List<ConsumerRecord<String, String>> events = topics.readAll("pip.events", r -> id.equals(r.key()));
            List<JsonNode> completed = new ArrayList<>();
            List<String> outstanding = new ArrayList<>();
            for (ConsumerRecord<String, String> r : events) {
                JsonNode event = JSON.readTree(r.value());
                if (event.get("type").asText().equals("nl.inburgering.integration.completed")) {
                    completed.add(event);
                }
                if (event.get("type").asText().equals("nl.inburgering.integration.outstanding-changed")) {
                    List<String> open = new ArrayList<>();
                    event.at("/data/outstanding").forEach(n -> open.add(n.asText()));
                    outstanding.add(String.join(",", open.stream().sorted().toList()));
                }
            }
            assertThat(completed).as("integration.completed of " + id).hasSize(1);
            assertThat(completed.get(0).at("/data/completedOn").asText()).isEqualTo(signedOn.toString());
            for (int i = 1; i < outstanding.size(); i++) {
                assertThat(outstanding.get(i)).as("outstanding set %d of %s repeats the one before", i, id)
                        .isNotEqualTo(outstanding.get(i - 1));
            }
        }
        assertThat(membersWithPartitions()).as("both instances still consume").hasSize(2);
        // both did consume: each instance's own count of the completion consumer's processed events
        for (String url : List.of(SystemUnderTest.url("pip"), "http://localhost:" + (SystemUnderTest.port("pip") + 100))) {
            assertThat(processedByCompletionConsumer(url)).as("events processed by " + url).isPositive();
        }
    }
}
