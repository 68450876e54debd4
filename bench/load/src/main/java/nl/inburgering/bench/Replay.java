package nl.inburgering.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Replay (issue 15 item 1): a new consumer group reads BENCH_EVENTS (100,000) records of BENCH_REPLAY_TOPIC from the
 * start, with the services' consumer settings (string key and value, earliest, the kit's session timeouts), parses
 * each value as JSON (every consumer parses its CloudEvent first) and commits after each poll. It measures the
 * broker and the client, not a service's handlers: those are the pipeline benchmark's. The default topic is the relay
 * benchmark's ({@code bench.relay-drain}); after {@code bench/run seed}, {@code pip.events} holds 200,000 real events.
 */
public final class Replay {

    public static void main(String[] args) throws Exception {
        int events = Env.integer("BENCH_EVENTS", 100_000);
        String topic = Env.get("BENCH_REPLAY_TOPIC", RelayDrain.TOPIC);
        String group = "bench-replay-" + System.currentTimeMillis();
        Report report = new Report("replay").setting("events", events).setting("topic", topic).setting("group", group);
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Env.kafka());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        ObjectMapper json = new ObjectMapper();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            long available = consumer.endOffsets(partitions).entrySet().stream()
                    .mapToLong(e -> e.getValue() - begin.get(e.getKey())).sum();
            if (available < events) {
                report.note("the topic holds only " + available + " records; run bench/run relay (or seed) first");
            }
            long target = Math.min(events, available);
            long t0 = System.nanoTime();
            long first = 0;
            long read = 0;
            long deadline = t0 + Env.integer("BENCH_DRAIN_TIMEOUT", 600) * 1_000_000_000L;
            consumer.subscribe(List.of(topic));
            while (read < target && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> r : records) {
                    if (first == 0) {
                        first = System.nanoTime();
                    }
                    json.readTree(r.value());
                    read++;
                }
                if (!records.isEmpty()) {
                    consumer.commitAsync();
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double reading = first == 0 ? 0 : (System.nanoTime() - first) / 1e9;
            consumer.commitSync();
            report.row("what", "new group from the start", "records", read, "seconds", Stats.round(seconds),
                    "per_s", Math.round(read / seconds), "join_s", Stats.round(seconds - reading),
                    "per_s_after_join", reading == 0 ? 0 : Math.round(read / reading));
        }
        report.finish();
        System.exit(0);
    }
}
