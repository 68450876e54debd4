package nl.inburgering.localstack.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads and writes the real topics in tests (services' tests and system tests), with plain
 * kafka-clients: every read starts at the beginning of every partition, with no consumer group, so it
 * never disturbs the services' own offsets.
 */
public final class TopicReader {

    private final String bootstrapServers;

    public TopicReader(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The first record matching {@code filter}, waiting up to {@code timeout}. */
    public ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> filter,
            Duration timeout) {
        return awaitCount(topic, filter, 1, timeout).get(0);
    }

    /**
     * Every matching record once at least {@code count} have arrived (in partition order), plus whatever else
     * matched in the same read: a duplicate shows up as one too many.
     */
    public List<ConsumerRecord<String, String>> awaitCount(String topic,
            Predicate<ConsumerRecord<String, String>> filter, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            int emptyPollsAfterCount = 0;
            while (System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(300));
                for (ConsumerRecord<String, String> r : records) {
                    if (filter.test(r)) {
                        matched.add(r);
                    }
                }
                if (matched.size() >= count) {
                    // Read on briefly, so that a duplicate arriving right behind is seen too.
                    if (records.isEmpty() && ++emptyPollsAfterCount >= 3) {
                        return matched;
                    }
                }
            }
        }
        if (matched.size() >= count) {
            return matched;
        }
        throw new AssertionError("expected " + count + " matching record(s) on " + topic + " within " + timeout
                + ", found " + matched.size());
    }

    /** Every matching record present now (reads to the current end of each partition). */
    public List<ConsumerRecord<String, String>> readAll(String topic, Predicate<ConsumerRecord<String, String>> filter) {
        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (filter.test(r)) {
                        matched.add(r);
                    }
                }
            }
        }
        return matched;
    }

    /** Produces one record and waits for the broker's acknowledgement. */
    public void produce(String topic, String key, String value) {
        produce(topic, key, value, java.util.Map.of());
    }

    /** As {@link #produce(String, String, String)}, with these record headers (e.g. a W3C traceparent). */
    public void produce(String topic, String key, String value, java.util.Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, header) -> record.headers().add(name,
                header.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        produceAll(List.of(record));
    }

    /**
     * Produces these records in their order with one producer and one flush, so that a consumer finds them together
     * in its polls (a poll is consumed in one transaction, issue 15), and waits for every acknowledgement.
     */
    public void produceAll(List<ProducerRecord<String, String>> records) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (ProducerRecord<String, String> record : records) {
                sent.add(producer.send(record));
            }
            producer.flush();
            for (java.util.concurrent.Future<?> ack : sent) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not produce " + records.size() + " records", e);
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }
}
