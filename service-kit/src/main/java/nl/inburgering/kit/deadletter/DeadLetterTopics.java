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
 * group (nothing is committed, nothing taken from anyone). Blocking: call it on a worker thread. Dead letters are
 * few; reading them all on each request keeps Kafka the one place they are kept.
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

    /** Every record of this service's dead-letter topics, oldest first per topic and partition. */
    public List<DeadLetter> readAll() {
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
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = new ArrayList<>();
            Map<String, List<PartitionInfo>> existing = consumer.listTopics(TIMEOUT);
            for (String topic : names()) {
                for (PartitionInfo p : existing.getOrDefault(topic, List.of())) {
                    partitions.add(new TopicPartition(topic, p.partition()));
                }
            }
            if (partitions.isEmpty()) {
                return letters;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, TIMEOUT) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the dead-letter topics could not be read to their end in "
                            + TIMEOUT.toSeconds() + " s");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        letters.add(letter(r));
                    }
                }
            }
        }
        letters.sort(Comparator.comparing(DeadLetter::deadLetterTopic).thenComparing(DeadLetter::partition)
                .thenComparing(DeadLetter::offset));
        return letters;
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
