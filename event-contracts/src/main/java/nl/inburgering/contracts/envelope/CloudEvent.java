package nl.inburgering.contracts.envelope;

import java.time.Instant;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as the NL GOV profile and DESIGN §3 shape it. It cannot be
 * built broken: the constructor enforces what {@code schemas/cloudevent.schema.json} requires and throws
 * {@link MalformedEventException} otherwise.
 *
 * @param specversion     always {@value #SPEC_VERSION}
 * @param id              a UUID, unique per {@code source}; consumers deduplicate on {@code source + id}
 * @param source          the producing system, {@code urn:nld:inburgering:<service>}
 * @param type            e.g. {@code nl.inburgering.participant.registered}
 * @param subject         the participantId (UUID); never a BSN, as context attributes get logged
 * @param time            when the fact was recorded by the producer (UTC); the real-world date is in {@code data}
 * @param datacontenttype {@value #DATA_CONTENT_TYPE}, or absent (meaning the same)
 * @param dataschema      informational schema URN, e.g. {@code urn:nld:inburgering:schema:<type>:1}; may be absent
 * @param data            the payload, a JSON object
 */
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String dataschema,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    /** The Kafka {@code content-type} header value of a structured-mode record. */
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    public static final String DATA_CONTENT_TYPE = "application/json";

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern JSON_MEDIA_TYPE = Pattern.compile("application/json\\s*(;.*)?");

    public CloudEvent {
        if (specversion == null) {
            throw missing("specversion");
        }
        if (!SPEC_VERSION.equals(specversion)) {
            throw new MalformedEventException("specversion must be " + SPEC_VERSION);
        }
        requireUuid(id, "id");
        requireText(source, "source");
        requireText(type, "type");
        requireUuid(subject, "subject");
        if (time == null) {
            throw missing("time");
        }
        if (datacontenttype != null && !JSON_MEDIA_TYPE.matcher(datacontenttype).matches()) {
            throw new MalformedEventException("datacontenttype must be " + DATA_CONTENT_TYPE);
        }
        if (dataschema != null && dataschema.isBlank()) {
            throw new MalformedEventException("dataschema must not be blank");
        }
        if (data == null || data.isNull() || data.isMissingNode()) {
            throw missing("data");
        }
        if (!data.isObject()) {
            throw new MalformedEventException("data must be a JSON object");
        }
        data = data.deepCopy(); // a record should not share a mutable tree with its caller
    }

    private static void requireText(String value, String attribute) {
        if (value == null || value.isBlank()) {
            throw missing(attribute);
        }
    }

    private static void requireUuid(String value, String attribute) {
        requireText(value, attribute);
        if (!UUID_TEXT.matcher(value).matches()) {
            throw new MalformedEventException(attribute + " must be a UUID");
        }
    }

    private static MalformedEventException missing(String attribute) {
        return new MalformedEventException("required attribute '" + attribute + "' is missing");
    }
}
