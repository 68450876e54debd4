package nl.inburgering.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The outbox relay's drain rate beside the raw producer's (issue 15 item 1), in one run: a plain KafkaProducer sends
 * BENCH_EVENTS (100,000) records, then the same number of rows is put into one service's outbox (BENCH_RELAY_SERVICE,
 * pip) in one transaction and the relay publishes them, then the raw producer runs once more (the machine is noisy;
 * the ratio is against the mean of the two).
 *
 * <p>The rows respect the outbox schema and are valid {@code participant.registered} CloudEvents of random participant
 * ids, ~BENCH_RECORD_BYTES (750) each, but their topic is {@value #TOPIC}: the relay takes the topic from each row, and
 * no service consumes that topic, so the 100,000 events reach no consumer and the relay is measured alone. The raw
 * producer uses the relay's producer settings (acks=all, idempotent, 5 in flight, linger 0), the same topic, record
 * size, header and number of keys. Drain time, from the database's clock: the commit of the insert to the commit of
 * the relay's last marking transaction. The rows are deleted afterwards.
 */
public final class RelayDrain {

    static final String TOPIC = "bench.relay-drain";

    public static void main(String[] args) throws Exception {
        int events = Env.integer("BENCH_EVENTS", 100_000);
        int bytes = Env.integer("BENCH_RECORD_BYTES", 750);
        String service = Env.get("BENCH_RELAY_SERVICE", "pip");
        Report report = new Report("relay").setting("events", events).setting("record_bytes", bytes)
                .setting("service", service).setting("topic", TOPIC);
        ensureTopic(TOPIC);
        String payload = cloudEvent(UUID.randomUUID(), UUID.randomUUID(), bytes);

        double rawBefore = raw(events, payload);
        report.row("what", "raw KafkaProducer (before)", "events", events, "seconds", Stats.round(events / rawBefore),
                "per_s", Math.round(rawBefore), "ratio", "");
        double[] relay = relay(service, events, bytes);
        double rawAfter = raw(events, payload);
        double rawMean = (rawBefore + rawAfter) / 2;
        report.row("what", "outbox relay (" + service + ")", "events", events, "seconds", Stats.round(relay[0]),
                "per_s", Math.round(events / relay[0]), "ratio", String.format("%.2f", events / relay[0] / rawMean));
        report.row("what", "raw KafkaProducer (after)", "events", events, "seconds", Stats.round(events / rawAfter),
                "per_s", Math.round(rawAfter), "ratio", "");
        report.setting("relay_first_send_after_commit_ms", Stats.round(relay[1]));
        report.note("ratio = relay rate / mean raw producer rate of the same run (target >= 0.5)");
        report.finish();
        System.exit(0);
    }

    /** Records per second of a raw producer with the relay's settings, from the first send to the last ack. */
    static double raw(int events, String payload) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Env.kafka());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            // Unmeasured first: metadata, connections and this JVM's JIT (the relay's service is warm too).
            send(producer, Math.min(10_000, events / 10), payload);
            long t0 = System.nanoTime();
            send(producer, events, payload);
            return events / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private static void send(KafkaProducer<String, String> producer, int records, String payload) {
        byte[] contentType = "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < records; i++) {
            ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, UUID.randomUUID().toString(), payload);
            record.headers().add("content-type", contentType);
            producer.send(record);
        }
        producer.flush();
    }

    /** [drain seconds, ms from the insert's commit to the relay's first marking commit]. */
    static double[] relay(String service, int events, int bytes) throws Exception {
        try (Connection c = Db.service(service)) {
            c.setAutoCommit(false);
            String xid;
            try (PreparedStatement insert = c.prepareStatement("insert into outbox_event (id, topic, message_key, "
                    + "event_type, payload) select e.id, ?, e.pid::text, 'nl.inburgering.participant.registered', "
                    + "replace(replace(?, '" + ID + "', e.id::text), '" + PID + "', e.pid::text) "
                    + "from (select gen_random_uuid() id, gen_random_uuid() pid from generate_series(1, ?)) e");
                 Statement s = c.createStatement()) {
                insert.setString(1, TOPIC);
                insert.setString(2, cloudEvent(null, null, bytes));
                insert.setInt(3, events);
                insert.executeUpdate();
                ResultSet rs = s.executeQuery("select pg_current_xact_id()::text");
                rs.next();
                xid = Long.toString(Long.parseLong(rs.getString(1)) & 0xFFFFFFFFL); // xid8 -> the xid of this epoch
            }
            c.commit(); // the trigger's NOTIFY wakes the relay now
            c.setAutoCommit(true);
            long deadline = System.nanoTime() + Env.integer("BENCH_DRAIN_TIMEOUT", 600) * 1_000_000_000L;
            try (PreparedStatement pending = c.prepareStatement(
                    "select count(*) from outbox_event where sent_at is null and topic = ?")) {
                pending.setString(1, TOPIC);
                long left;
                while ((left = count(pending)) > 0) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(left + " rows still pending after the timeout");
                    }
                    Thread.sleep(200);
                }
            }
            try (PreparedStatement q = c.prepareStatement("select extract(epoch from "
                    + "max(pg_xact_commit_timestamp(xmin)) - pg_xact_commit_timestamp(?::text::xid)), "
                    + "extract(epoch from min(pg_xact_commit_timestamp(xmin)) - pg_xact_commit_timestamp(?::text::xid)) "
                    + "from outbox_event where topic = ?")) {
                q.setString(1, xid);
                q.setString(2, xid);
                q.setString(3, TOPIC);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    double[] out = {rs.getDouble(1), rs.getDouble(2) * 1000};
                    c.createStatement().executeUpdate("delete from outbox_event where topic = '" + TOPIC + "'");
                    return out;
                }
            }
        }
    }

    private static long count(PreparedStatement q) throws Exception {
        try (ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static final String ID = "__ID__";
    static final String PID = "__PID__";

    /** A participant.registered CloudEvent padded to about {@code bytes}; null ids leave placeholders for SQL. */
    static String cloudEvent(UUID id, UUID participant, int bytes) {
        String i = id == null ? ID : id.toString();
        String p = participant == null ? PID : participant.toString();
        String event = "{\"specversion\":\"1.0\",\"id\":\"" + i + "\",\"source\":\"urn:nld:inburgering:pip\","
                + "\"type\":\"nl.inburgering.participant.registered\",\"subject\":\"" + p + "\","
                + "\"time\":\"2026-01-20T09:00:00.000Z\",\"datacontenttype\":\"application/json\","
                + "\"data\":{\"participantId\":\"" + p + "\",\"municipalityCode\":\"GM0363\","
                + "\"targetGroup\":\"ASYLUM_PERMIT_HOLDER\",\"dateOfBirth\":\"1988-08-08\","
                + "\"obligationStartDate\":\"2026-01-15\",\"notificationDate\":\"2026-01-20\","
                + "\"municipalityRegistrationDate\":\"2026-01-10\",\"benchPadding\":\"";
        int pad = Math.max(0, bytes - event.length() - 3);
        return event + "x".repeat(pad) + "\"}}";
    }

    static void ensureTopic(String topic) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", Env.kafka()))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }
}
