package nl.inburgering.contracts.envelope;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import nl.inburgering.contracts.events.EventPayload;
import nl.inburgering.contracts.events.EventType;
import nl.inburgering.contracts.events.OptionalField;

/**
 * Wraps payloads into CloudEvents and back, in structured JSON mode ({@value CloudEvent#CONTENT_TYPE} on Kafka).
 * Producers: {@link #wrap} then {@link #toJson}, key = {@link CloudEvent#subject()}. Consumers: {@link #parse}, then
 * {@link EventType#fromType} (skip types you do not handle, and unknown ones) and {@link #payload}.
 * Every failure on the consuming side is a {@link MalformedEventException}.
 */
public final class CloudEvents {

    private static final ObjectMapper MAPPER = EventJson.mapper();

    private CloudEvents() {
    }

    /**
     * The CloudEvent for {@code payload}: type, dataschema and {@code subject = participantId} follow from the
     * payload.
     *
     * @param source the producer, {@code urn:nld:inburgering:<service>} (see {@link EventSources})
     * @param id     unique per source, e.g. the outbox row id; it is the consumers' deduplication key
     * @param time   when the fact was recorded (typically the outbox row's creation time)
     */
    public static CloudEvent wrap(String source, EventPayload payload, UUID id, Instant time) {
        Objects.requireNonNull(payload, "payload is required");
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(time, "time is required");
        if (!EventSources.isValid(source)) {
            throw new IllegalArgumentException("source must be urn:nld:inburgering:<service>");
        }
        EventType type = EventType.of(payload.getClass());
        return new CloudEvent(CloudEvent.SPEC_VERSION, id.toString(), source, type.type(),
                payload.participantId().toString(), time, CloudEvent.DATA_CONTENT_TYPE, type.dataschema(),
                dataOf(payload));
    }

    /** Written and read back, so the tree equals what a consumer parses (valueToTree would keep a long a long). */
    private static JsonNode dataOf(EventPayload payload) {
        try {
            return MAPPER.readTree(MAPPER.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + payload.getClass().getSimpleName(), e);
        }
    }

    /** The structured-mode JSON of {@code event}. */
    public static String toJson(CloudEvent event) {
        Objects.requireNonNull(event, "event is required");
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + event.id(), e);
        }
    }

    /**
     * Reads a structured-mode CloudEvent. Extension attributes are ignored; unknown types are accepted (check
     * {@link EventType#fromType}).
     *
     * @throws MalformedEventException when the text is not JSON, specversion is not 1.0, or a required attribute
     *                                 (id, source, type, subject, time, data) is missing or has the wrong form
     */
    public static CloudEvent parse(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("event is empty");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (StreamReadException e) {
            throw new MalformedEventException("event is not valid JSON" + at(e));
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEventException("event must be a JSON object");
        }
        return new CloudEvent(
                text(root, "specversion"), text(root, "id"), text(root, "source"), text(root, "type"),
                text(root, "subject"), time(root), text(root, "datacontenttype"), text(root, "dataschema"),
                root.get("data"));
    }

    /**
     * The payload of {@code event}, bound to the record of its type.
     *
     * @throws IllegalArgumentException when the event's type is not the one of {@code payloadClass} (a consumer bug)
     * @throws MalformedEventException  when a required field is missing or null, a value does not bind, or the
     *                                  data's participantId is not the subject
     */
    public static <T extends EventPayload> T payload(CloudEvent event, Class<T> payloadClass) {
        Objects.requireNonNull(event, "event is required");
        EventType expected = EventType.of(payloadClass);
        if (!expected.type().equals(event.type())) {
            throw new IllegalArgumentException(
                    "event of type " + event.type() + " does not carry " + payloadClass.getSimpleName());
        }
        return bind(event, expected, payloadClass);
    }

    /**
     * The payload of {@code event}, bound by its type.
     *
     * @throws MalformedEventException also for a type this contract does not know; call {@link EventType#fromType}
     *                                 first to skip those instead
     */
    public static EventPayload payload(CloudEvent event) {
        Objects.requireNonNull(event, "event is required");
        EventType type = EventType.fromType(event.type())
                .orElseThrow(() -> new MalformedEventException("unknown event type " + event.type()));
        return bind(event, type, type.payloadClass());
    }

    private static <T extends EventPayload> T bind(CloudEvent event, EventType type, Class<T> payloadClass) {
        String what = type.type() + " data";
        JsonNode data = event.data();
        for (RecordComponent component : payloadClass.getRecordComponents()) {
            JsonNode value = data.get(component.getName());
            if (!component.isAnnotationPresent(OptionalField.class) && (value == null || value.isNull())) {
                throw new MalformedEventException(what + " lacks required field '" + component.getName() + "'");
            }
        }
        T payload;
        try {
            payload = MAPPER.treeToValue(data, payloadClass);
        } catch (ValueInstantiationException e) {
            throw new MalformedEventException(what + " is invalid: " + ownMessage(e.getCause()));
        } catch (JsonMappingException e) {
            throw new MalformedEventException(what + ": field '" + path(e.getPath()) + "' has an invalid value");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException(what + " does not bind to " + payloadClass.getSimpleName());
        }
        if (!payload.participantId().equals(UUID.fromString(event.subject()))) {
            throw new MalformedEventException(what + ": participantId is not the event subject");
        }
        return payload;
    }

    /** Our own invariant messages name fields only; anything else might quote a value, so it is not repeated. */
    private static String ownMessage(Throwable cause) {
        boolean ours = (cause instanceof NullPointerException || cause instanceof IllegalArgumentException)
                && cause.getStackTrace().length > 0
                && cause.getStackTrace()[0].getClassName().startsWith("nl.inburgering.contracts.")
                && cause.getMessage() != null;
        return ours ? cause.getMessage() : "a field breaks the type's rules";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "?" : path.toString();
    }

    private static String at(StreamReadException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String text(JsonNode root, String attribute) {
        JsonNode node = root.get(attribute);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new MalformedEventException("attribute '" + attribute + "' must be a string");
        }
        return node.textValue();
    }

    /** RFC 3339 as the CloudEvents spec requires; any offset is accepted and normalised to UTC. */
    private static Instant time(JsonNode root) {
        String text = text(root, "time");
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("attribute 'time' must be an RFC 3339 timestamp");
        }
    }

}
