package nl.inburgering.pip.observability;

import static nl.inburgering.contracts.vocabulary.ExamComponent.KNM;
import static nl.inburgering.pip.support.Events.passed;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.events.EventType;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import nl.inburgering.pip.support.Events;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 3: one business fact is one trace, across the outbox. The REST call's trace id (kept in its audit
 * record) is the trace id of the {@code traceparent} header on the event it published, although the relay sends it
 * later from a timer; and an event consumed with a traceparent leads to events published in that same trace.
 */
@QuarkusTest
@TestProfile(TracePropagationTest.Tracing.class)
@QuarkusTestResource(LocalStackResource.class)
class TracePropagationTest {

    /** Tracing on; the spans go nowhere (no collector in tests), the ids are what is proved. */
    public static class Tracing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.bsp.schedule.delay", "1h",
                    "quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:1");
        }
    }

    static final String GM = "GM0363";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String traceIdOf(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("traceparent");
        assertThat(header).as("a traceparent header on " + record.topic()).isNotNull();
        String[] parts = new String(header.value(), StandardCharsets.UTF_8).split("-");
        return parts[1];
    }

    @Test
    void theEventOfARestCallCarriesTheTraceOfThatCall() {
        Events events = new Events(bootstrap);
        UUID id = Api.register(GM, "FAMILY_OR_OTHER_MIGRANT");
        String restTrace = Db.text("select trace_id from audit_record where object_id = :id and action like "
                + "'participant.%' order by at limit 1", Map.of("id", id.toString()));
        assertThat(restTrace).as("the REST call's trace id, in its audit record").isNotBlank();

        ConsumerRecord<String, String> registered = events.awaitPipEvents(id, EventType.PARTICIPANT_REGISTERED, 1).get(0);
        assertThat(traceIdOf(registered)).isEqualTo(restTrace);
    }

    @Test
    void anEventPublishedWhileConsumingOneContinuesItsTrace() {
        Events events = new Events(bootstrap);
        UUID id = Api.register(GM, "FAMILY_OR_OTHER_MIGRANT");
        Api.establish(GM, id, Api.plan("2026-02-01", "EDUCATION"));
        events.awaitPipEvents(id, EventType.INTEGRATION_OUTSTANDING_CHANGED, 1);

        HexFormat hex = HexFormat.of();
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        ThreadLocalRandom.current().nextBytes(trace);
        ThreadLocalRandom.current().nextBytes(span);
        String traceId = hex.formatHex(trace);
        String json = Events.cloudEvent(EventSources.EXAM_SERVICE, passed(id, KNM, null, "2026-05-08"));
        events.topics().produce("exam.events", id.toString(), json,
                Map.of("traceparent", "00-" + traceId + "-" + hex.formatHex(span) + "-01"));

        ConsumerRecord<String, String> changed = events.awaitPipEvents(id, EventType.INTEGRATION_OUTSTANDING_CHANGED, 2)
                .get(1);
        assertThat(traceIdOf(changed)).as("the outstanding set changed by the consumed pass").isEqualTo(traceId);
    }

    /**
     * Issue 15: the consumer handles a poll of records in one transaction; each record is still handled in its own
     * trace, so events that arrive together each lead to events in their own trace, not all in one record's.
     */
    @Test
    void eventsOfOnePollEachContinueTheirOwnTrace_issue15() {
        Events events = new Events(bootstrap);
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID id = Api.register(GM, "FAMILY_OR_OTHER_MIGRANT");
            Api.establish(GM, id, Api.plan("2026-02-01", "EDUCATION"));
            events.awaitPipEvents(id, EventType.INTEGRATION_OUTSTANDING_CHANGED, 1);
            ids.add(id);
        }
        HexFormat hex = HexFormat.of();
        List<String> traceIds = new java.util.ArrayList<>();
        List<ProducerRecord<String, String>> records = new java.util.ArrayList<>();
        for (UUID id : ids) {
            byte[] trace = new byte[16];
            byte[] span = new byte[8];
            ThreadLocalRandom.current().nextBytes(trace);
            ThreadLocalRandom.current().nextBytes(span);
            traceIds.add(hex.formatHex(trace));
            ProducerRecord<String, String> record = new ProducerRecord<>("exam.events", id.toString(),
                    Events.cloudEvent(EventSources.EXAM_SERVICE, passed(id, KNM, null, "2026-05-08")));
            record.headers().add("traceparent", ("00-" + hex.formatHex(trace) + "-" + hex.formatHex(span) + "-01")
                    .getBytes(StandardCharsets.UTF_8));
            records.add(record);
        }
        events.topics().produceAll(records);

        for (int i = 0; i < ids.size(); i++) {
            ConsumerRecord<String, String> changed = events.awaitPipEvents(ids.get(i),
                    EventType.INTEGRATION_OUTSTANDING_CHANGED, 2).get(1);
            assertThat(traceIdOf(changed)).as("participant " + i + "'s outstanding set, changed by its own pass")
                    .isEqualTo(traceIds.get(i));
        }
    }
}
