package nl.inburgering.pip.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.envelope.CloudEvent;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.events.EventPayload;
import nl.inburgering.contracts.events.EventType;
import nl.inburgering.contracts.events.ExamResultRecorded;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.localstack.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Produces other services' CloudEvents to the real broker and reads pip-service's, as a partner would. */
public final class Events {

    static final ObjectMapper JSON = new ObjectMapper();

    private final TopicReader topics;

    public Events(String bootstrap) {
        this.topics = new TopicReader(bootstrap);
    }

    public TopicReader topics() {
        return topics;
    }

    /** The structured-mode JSON of {@code payload} from {@code source}, with a fresh id. */
    public static String cloudEvent(String source, EventPayload payload) {
        return CloudEvents.toJson(CloudEvents.wrap(source, payload, UUID.randomUUID(), Instant.now()));
    }

    /** Produces {@code json} to the topic of its type, keyed by its participant. */
    public void produce(EventPayload payload, String json) {
        topics.produce(EventType.of(payload.getClass()).topic(), payload.participantId().toString(), json);
    }

    /**
     * Wraps {@code payload} as recorded by its producer at {@code recordedAt} (CloudEvent {@code time}) and produces
     * it; returns the JSON. For facts of which the one recorded last wins, whatever order they arrive in.
     */
    public String produceAt(String source, EventPayload payload, Instant recordedAt) {
        String json = CloudEvents.toJson(CloudEvents.wrap(source, payload, UUID.randomUUID(), recordedAt));
        produce(payload, json);
        return json;
    }

    /**
     * Wraps these payloads and produces them together, in order (one flush, so the consumer finds them in one poll
     * where it can: issue 15); returns their JSON, in the same order.
     */
    public List<String> produceTogether(String source, List<? extends EventPayload> payloads) {
        List<String> jsons = payloads.stream().map(p -> cloudEvent(source, p)).toList();
        List<org.apache.kafka.clients.producer.ProducerRecord<String, String>> records = new java.util.ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            EventPayload payload = payloads.get(i);
            records.add(new org.apache.kafka.clients.producer.ProducerRecord<>(
                    EventType.of(payload.getClass()).topic(), payload.participantId().toString(), jsons.get(i)));
        }
        topics.produceAll(records);
        return jsons;
    }

    /** Wraps and produces {@code payload}; returns the JSON so a test can produce it again (a duplicate). */
    public String produce(String source, EventPayload payload) {
        String json = cloudEvent(source, payload);
        produce(payload, json);
        return json;
    }

    public static ExamResultRecorded passed(UUID participantId, ExamComponent component, LanguageLevel level,
            String examDate) {
        LocalDate exam = LocalDate.parse(examDate);
        return new ExamResultRecorded(participantId, UUID.randomUUID(), component,
                component == ExamComponent.KNM ? null : level, exam, ExamOutcome.PASSED, null, exam.plusWeeks(6), null);
    }

    /** Every record on pip.events keyed by {@code participantId}. */
    public List<ConsumerRecord<String, String>> pipEventsOf(UUID participantId) {
        return topics.readAll("pip.events", r -> participantId.toString().equals(r.key()));
    }

    /** The records of {@code type} keyed by {@code participantId}, once at least {@code count} arrived. */
    public List<ConsumerRecord<String, String>> awaitPipEvents(UUID participantId, EventType type, int count) {
        return topics.awaitCount("pip.events", r -> participantId.toString().equals(r.key())
                && r.value().contains("\"" + type.type() + "\""), count, java.time.Duration.ofSeconds(30));
    }

    /** Produces an event that was produced before, unchanged (same id): a redelivery. */
    public void redeliver(String json) {
        JsonNode event = json(json);
        String topic = EventType.fromType(event.get("type").asText()).orElseThrow().topic();
        topics.produce(topic, event.get("subject").asText(), json);
    }

    /** The CloudEvent id of a produced event. */
    public static String id(String json) {
        return json(json).get("id").asText();
    }

    /** Waits until pip-service's completion consumer has processed every one of these produced events. */
    public static void awaitProcessed(String... producedJson) {
        for (String json : producedJson) {
            nl.inburgering.kit.testing.KnownParticipants.awaitProcessed(id(json));
        }
    }

    public static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
