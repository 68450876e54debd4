package nl.inburgering.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.testing.TopicReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What the whole system holds, read from outside as a partner or an operator would: whether it has settled (every
 * outbox sent, every consumer group at the end of its topics), each participant's state in the five services as a
 * digest, and each participant's events on the topics. The fault tests compare these between a run with a fault and a
 * run without (issue 14).
 */
final class SystemState {

    static final List<String> TOPICS = List.of("pip.events", "exam.events", "map.events", "pvt.events",
            "deadline.events");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUIDS = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private SystemState() {
    }

    // ---------------------------------------------------------------- settled

    /** Waits until every service's outbox is sent and every consumer group is at the end of its topics; seconds. */
    static double awaitSettled(SystemUnderTest system, Duration within) throws Exception {
        long start = System.nanoTime();
        await().atMost(within).pollInterval(Duration.ofSeconds(1)).until(() -> outboxPending().values().stream()
                .allMatch(n -> n == 0) && awaitNoLag(system, Duration.ofSeconds(0), 0).values().stream()
                .allMatch(l -> l == 0));
        // once more: the last events consumed may have appended new ones
        Thread.sleep(1_500);
        await().atMost(within).pollInterval(Duration.ofSeconds(1)).until(() -> outboxPending().values().stream()
                .allMatch(n -> n == 0) && awaitNoLag(system, Duration.ofSeconds(0), 0).values().stream()
                .allMatch(l -> l == 0));
        return (System.nanoTime() - start) / 1e9;
    }

    /** Each service's pending outbox rows, from its operator endpoint. */
    static Map<String, Integer> outboxPending() throws Exception {
        WriteLoad reader = READER;
        Map<String, Integer> pending = new LinkedHashMap<>();
        for (String service : SystemUnderTest.SERVICES) {
            WriteLoad.Answer a = reader.getAnswer(service, "/v1/operations/outbox", DevTokens.operator());
            pending.put(service, a.status() == 200 ? JSON.readTree(a.body()).get("pending").asInt() : -1);
        }
        return pending;
    }

    private static final WriteLoad READER = new WriteLoad(false);

    /**
     * Every consumer group of this system run (its ids end in {@code .system-test}) and its lag over the five topics,
     * once all are 0 or {@code within} has passed (0: one look). Fails when fewer than {@code minGroups} groups exist.
     */
    static Map<String, Long> awaitNoLag(SystemUnderTest system, Duration within, int minGroups) throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.stack().kafkaBootstrapServers());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        Map<String, Long> lags = new HashMap<>();
        try (Admin admin = Admin.create(p)) {
            Set<String> groups = admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS).stream()
                    .map(g -> g.groupId()).filter(g -> g.endsWith(".system-test")).collect(Collectors.toSet());
            assertThat(groups).as("the system's consumer groups").hasSizeGreaterThanOrEqualTo(minGroups);
            long deadline = System.nanoTime() + within.toNanos();
            do {
                lags.clear();
                for (String group : groups) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                    Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                            .filter(tp -> TOPICS.contains(tp.topic()))
                            .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
                    var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
                    long lag = 0;
                    for (TopicPartition tp : latest.keySet()) {
                        lag += ends.get(tp).offset() - committed.get(tp).offset();
                    }
                    lags.put(group, lag);
                }
                if (lags.values().stream().allMatch(l -> l == 0)) {
                    break;
                }
                Thread.sleep(2_000);
            } while (System.nanoTime() < deadline);
        }
        return lags;
    }

    // ---------------------------------------------------------------- what each service holds

    /**
     * Each participant's state in the five services, as one text with everything that names this participant or this
     * moment taken out (ids, who recorded it when), so that participants who went through the same steps have the same
     * digest: pip's progress, exam's free attempts, map's MAP, pvt's PVT and deadline's term.
     */
    static Map<String, String> digests(Collection<String> participants) throws Exception {
        Map<String, String> digests = new ConcurrentHashMap<>();
        ExecutorService readers = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        for (String id : participants) {
            done.add(readers.submit(() -> {
                digests.put(id, digest(id));
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        readers.shutdown();
        return digests;
    }

    private static final String OFFICER = DevTokens.officer(WriteLoad.GM);
    private static final String DUO = DevTokens.duo();

    private static String digest(String id) throws Exception {
        String officer = OFFICER;
        StringBuilder b = new StringBuilder();
        b.append(read("pip", "/v1/participants/" + id + "/progress", officer));
        b.append(read("exam", "/v1/participants/" + id + "/exams/free-attempts", DUO));
        b.append(read("map", "/v1/participants/" + id + "/map", DUO));
        b.append(read("pvt", "/v1/participants/" + id + "/pvt", officer));
        b.append(read("deadline", "/v1/participants/" + id + "/term", DUO));
        return b.toString();
    }

    private static String read(String service, String path, String token) throws Exception {
        WriteLoad.Answer a = READER.getAnswer(service, path, token);
        if (a.status() != 200) {
            return service + ":" + a.status() + ";";
        }
        return service + ":" + normalise(JSON.readTree(a.body())) + ";";
    }

    /** Drops the fields that name a participant, a record or a moment; masks ids inside texts. */
    static JsonNode normalise(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<String> drop = new ArrayList<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String name = f.getKey();
                if (name.equals("id") || name.endsWith("Id") || name.endsWith("At") || name.equals("recordedBy")) {
                    drop.add(name);
                } else {
                    object.set(name, normalise(f.getValue()));
                }
            }
            drop.forEach(object::remove);
            return new ObjectMapper().valueToTree(new TreeMap<>(JSON.convertValue(object, Map.class)));
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, normalise(node.get(i)));
            }
            return node;
        }
        if (node.isTextual() && UUIDS.matcher(node.asText()).find()) {
            return new TextNode(UUIDS.matcher(node.asText()).replaceAll("<id>"));
        }
        return node;
    }

    // ---------------------------------------------------------------- what is on the topics

    /**
     * Per participant: for each event type on the five topics, how many distinct events (CloudEvent ids) there are.
     * A record the relay sent twice (same id) counts once: consumers skip it. An effect applied twice would show as a
     * second id.
     */
    static Map<String, Map<String, Integer>> eventCounts(SystemUnderTest system, Set<String> participants) {
        TopicReader reader = new TopicReader(system.stack().kafkaBootstrapServers());
        Map<String, Map<String, Set<String>>> ids = new HashMap<>();
        for (String topic : TOPICS) {
            reader.readAll(topic, r -> participants.contains(r.key())).forEach(r -> {
                try {
                    JsonNode event = JSON.readTree(r.value());
                    ids.computeIfAbsent(r.key(), k -> new TreeMap<>())
                            .computeIfAbsent(event.get("type").asText(), t -> new java.util.HashSet<>())
                            .add(event.get("id").asText());
                } catch (Exception e) {
                    throw new AssertionError("unreadable event on " + topic, e);
                }
            });
        }
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        ids.forEach((participant, byType) -> counts.put(participant, new TreeMap<>(byType.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size())))));
        return counts;
    }

    /** Every record on a dead-letter topic keyed by one of these participants. */
    static List<String> deadLetters(SystemUnderTest system, Set<String> participants) {
        TopicReader reader = new TopicReader(system.stack().kafkaBootstrapServers());
        List<String> found = new ArrayList<>();
        for (String topic : TOPICS) {
            reader.readAll(topic + ".dlq", r -> participants.contains(r.key()))
                    .forEach(r -> found.add(topic + ".dlq " + r.key()));
        }
        return found;
    }

    /** The distinct values, each with how many participants have it (one entry: they all agree). */
    static Map<String, Long> distinct(Map<String, ?> perParticipant, Collection<String> participants) {
        return participants.stream().collect(Collectors.groupingBy(p -> String.valueOf(perParticipant.get(p)),
                LinkedHashMap::new, Collectors.counting()));
    }
}
