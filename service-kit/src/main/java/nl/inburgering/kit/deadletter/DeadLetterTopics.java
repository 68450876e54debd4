package nl.inburgering.kit.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgering.kit.config.KitConfig;
import nl.inburgering.kit.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the dead-letter topics of this service's channels from their beginning to their end, without a consumer
 * group (nothing is committed, nothing taken from anyone), and keeps what it read: each call reads only what was added
 * since. Blocking: call it on a worker thread. Kafka stays the one place dead letters are kept; this is a copy.
 */
@ApplicationScoped
public class DeadLetterTopics {

    private static final Pattern DLQ_PROPERTY = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.dead-letter-queue\\.topic");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Inject
    Config mpConfig;

    @Inject
    KitConfig config;

    @Inject
    ObjectMapper json;

    /** The dead-letter topics of this service's enabled incoming channels. */
    public Set<String> names() {
        Set<String> topics = new TreeSet<>();
        for (String property : mpConfig.getPropertyNames()) {
            Matcher m = DLQ_PROPERTY.matcher(property);
            if (m.matches() && mpConfig.getOptionalValue("mp.messaging.incoming." + m.group(1) + ".enabled",
                    Boolean.class).orElse(true)) {
                mpConfig.getOptionalValue(property, String.class).ifPresent(topics::add);
            }
        }
        return topics;
    }

    // One reader for the service's lifetime, reading on from where it stopped: a fresh consumer reading every
    // dead-letter topic from its start on each request took seconds once they held hundreds (issue 14 item 5).
    private KafkaConsumer<String, String> reader;
    private final Map<TopicPartition, List<DeadLetter>> read = new java.util.HashMap<>();

    /**
     * Every record of this service's dead-letter topics, oldest first per topic and partition: those read before and
     * those added since, read to the current end.
     */
    public synchronized List<DeadLetter> readAll() {
        if (reader == null) {
            reader = new KafkaConsumer<>(properties());
        }
        List<TopicPartition> partitions = new ArrayList<>();
        Map<String, List<PartitionInfo>> existing = reader.listTopics(TIMEOUT);
        for (String topic : names()) {
            for (PartitionInfo p : existing.getOrDefault(topic, List.of())) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
        }
        if (partitions.isEmpty()) {
            return List.of();
        }
        if (!reader.assignment().equals(new java.util.HashSet<>(partitions))) {
            reader.assign(partitions);
            for (TopicPartition p : partitions) {
                List<DeadLetter> known = read.computeIfAbsent(p, k -> new ArrayList<>());
                reader.seek(p, known.isEmpty() ? 0 : known.get(known.size() - 1).offset() + 1);
            }
        }
        Map<TopicPartition, Long> end = reader.endOffsets(partitions, TIMEOUT);
        Map<TopicPartition, Long> start = reader.beginningOffsets(partitions, TIMEOUT);
        for (TopicPartition p : partitions) {
            long position = reader.position(p, TIMEOUT);
            if (position > end.get(p)) {
                // the topic was deleted and made again: its offsets start over
                read.get(p).clear();
                reader.seek(p, start.get(p));
            } else if (position < start.get(p)) {
                reader.seek(p, start.get(p)); // retention removed what was not read yet
            }
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (partitions.stream().anyMatch(p -> reader.position(p, TIMEOUT) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the dead-letter topics could not be read to their end in "
                        + TIMEOUT.toSeconds() + " s");
            }
            for (ConsumerRecord<String, String> r : reader.poll(Duration.ofMillis(200))) {
                TopicPartition p = new TopicPartition(r.topic(), r.partition());
                if (r.offset() < end.get(p)) {
                    read.get(p).add(letter(r));
                } else {
                    reader.seek(p, r.offset()); // past this call's end: read it next time
                }
            }
        }
        List<DeadLetter> letters = new ArrayList<>();
        partitions.forEach(p -> letters.addAll(read.get(p)));
        letters.sort(Comparator.comparing(DeadLetter::deadLetterTopic).thenComparing(DeadLetter::partition)
                .thenComparing(DeadLetter::offset));
        return letters;
    }

    @jakarta.annotation.PreDestroy
    synchronized void close() {
        if (reader != null) {
            reader.close(Duration.ofSeconds(2));
            reader = null;
        }
    }

    private Properties properties() {
        Properties properties = new Properties();
        kafka.forEach((key, value) -> {
            if (ConsumerConfig.configNames().contains(key)) {
                properties.put(key, value);
            }
        });
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-dead-letter-reader");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return properties;
    }

    private DeadLetter letter(ConsumerRecord<String, String> r) {
        String eventId = null;
        String eventType = null;
        try {
            JsonNode event = json.readTree(r.value());
            if (event != null && event.isObject()) {
                eventId = event.path("id").isTextual() ? event.get("id").asText() : null;
                eventType = event.path("type").isTextual() ? event.get("type").asText() : null;
            }
        } catch (Exception notJson) {
            // a malformed event: it is listed all the same, without id and type
        }
        String reason = header(r, "dead-letter-reason");
        if (reason != null && reason.length() > 500) {
            reason = reason.substring(0, 500) + "…";
        }
        String failedBy = header(r, IdempotentConsumer.CONSUMER_HEADER);
        int slash = failedBy == null ? -1 : failedBy.indexOf('/');
        return new DeadLetter(r.topic(), r.partition(), r.offset(), header(r, "dead-letter-topic"),
                slash < 0 ? null : failedBy.substring(0, slash), slash < 0 ? failedBy : failedBy.substring(slash + 1),
                r.key(), eventId, eventType, reason,
                Instant.ofEpochMilli(r.timestamp()), r.value());
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
