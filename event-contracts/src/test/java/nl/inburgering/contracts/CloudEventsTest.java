package nl.inburgering.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.inburgering.contracts.envelope.CloudEvent;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.envelope.EventJson;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.envelope.MalformedEventException;
import nl.inburgering.contracts.events.EventPayload;
import nl.inburgering.contracts.events.EventType;
import nl.inburgering.contracts.events.ExamRegistered;
import nl.inburgering.contracts.events.ParticipantRegistered;
import nl.inburgering.contracts.events.TermStarted;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Payer;

/** The envelope: wrap, write, parse, bind, and every way a record value can be rejected. */
class CloudEventsTest {

    private static final UUID ID = UUID.fromString("0b5e7f10-6c2a-4d3e-8f9a-1b2c3d4e5f60");
    private static final Instant RECORDED = Instant.parse("2026-03-02T09:30:15.123456Z");

    private static CloudEvent wrap(EventType type) {
        return CloudEvents.wrap(EventSources.of(type.producer()), Samples.of(type), ID, RECORDED);
    }

    private static ObjectNode validEnvelope() {
        return (ObjectNode) tree(CloudEvents.toJson(wrap(EventType.PARTICIPANT_REGISTERED)));
    }

    private static JsonNode tree(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void roundTripGivesBackTheSamePayload(EventType type) {
        EventPayload original = Samples.of(type);
        CloudEvent parsed = CloudEvents.parse(CloudEvents.toJson(wrap(type)));

        assertThat(parsed).isEqualTo(wrap(type));
        assertThat(CloudEvents.payload(parsed, type.payloadClass())).isEqualTo(original);
        assertThat(CloudEvents.payload(parsed)).isEqualTo(original);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void envelopeValidatesAgainstTheCloudEventSchema(EventType type) {
        assertThat(Schemas.validateEnvelope(tree(CloudEvents.toJson(wrap(type))))).isEmpty();
    }

    @Test
    void wrapFillsTheAttributesFromThePayload() {
        CloudEvent event = wrap(EventType.EXAM_REGISTERED);
        assertThat(event.specversion()).isEqualTo("1.0");
        assertThat(event.id()).isEqualTo(ID.toString());
        assertThat(event.source()).isEqualTo("urn:nld:inburgering:exam-service");
        assertThat(event.type()).isEqualTo("nl.inburgering.exam.registered");
        assertThat(event.subject()).isEqualTo(Samples.PARTICIPANT.toString());
        assertThat(event.time()).isEqualTo(RECORDED);
        assertThat(event.datacontenttype()).isEqualTo("application/json");
        assertThat(event.dataschema()).isEqualTo("urn:nld:inburgering:schema:nl.inburgering.exam.registered:1");
        assertThat(event.data().get("registrationId").asText()).isEqualTo("1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9");
    }

    @Test
    void datesAreIsoDatesAndTimeIsUtc() {
        JsonNode json = tree(CloudEvents.toJson(wrap(EventType.TERM_STARTED)));
        assertThat(json.get("time").asText()).isEqualTo("2026-03-02T09:30:15.123456Z");
        assertThat(json.get("data").get("startDate").asText()).isEqualTo("2026-03-03");
        assertThat(json.get("data").get("endDateExclusive").asText()).isEqualTo("2029-03-03");
    }

    @Test
    void nullOptionalFieldsAreLeftOut() {
        ExamRegistered knm = new ExamRegistered(Samples.PARTICIPANT, UUID.randomUUID(),
                ExamComponent.KNM, null, LocalDate.of(2026, 4, 1), 1,
                Payer.MUNICIPALITY, 0);
        JsonNode data = CloudEvents.wrap(EventSources.EXAM_SERVICE, knm, ID, RECORDED).data();
        assertThat(data.has("level")).isFalse();
        assertThat(data.get("feeCents").asLong()).isZero();
    }

    @Test
    void timeWithAnOffsetIsReadAsUtc() {
        ObjectNode json = validEnvelope();
        json.put("time", "2026-03-02T10:30:15+01:00");
        assertThat(CloudEvents.parse(json.toString()).time()).isEqualTo(Instant.parse("2026-03-02T09:30:15Z"));
    }

    @Test
    void unknownAttributesAndFieldsAreIgnored() {
        ObjectNode json = validEnvelope();
        json.put("sequence", "17");
        ((ObjectNode) json.get("data")).put("addedLater", "an optional field of a newer producer");
        CloudEvent event = CloudEvents.parse(json.toString());
        assertThat(CloudEvents.payload(event, ParticipantRegistered.class))
                .isEqualTo(Samples.of(EventType.PARTICIPANT_REGISTERED));
    }

    @Test
    void unknownTypesParseButHaveNoEventType() {
        ObjectNode json = validEnvelope();
        json.put("type", "nl.inburgering.participant.registered.v2");
        CloudEvent event = CloudEvents.parse(json.toString());
        assertThat(EventType.fromType(event.type())).isEmpty();
        assertThatThrownBy(() -> CloudEvents.payload(event)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("unknown event type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "{\"specversion\":\"1.0\"", "[1,2]", "\"text\"",
            "{\"a\":1} trailing", "{\"id\":\"x\",\"id\":\"y\"}"})
    void parseRejectsWhatIsNotAJsonObject(String text) {
        assertThatThrownBy(() -> CloudEvents.parse(text)).isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"specversion", "id", "source", "type", "subject", "time", "data"})
    void parseRejectsAMissingRequiredAttribute(String attribute) {
        ObjectNode json = validEnvelope();
        json.remove(attribute);
        assertThatThrownBy(() -> CloudEvents.parse(json.toString()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(attribute);
        assertThat(Schemas.validateEnvelope(json)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.3", "1.1", "1"})
    void parseRejectsAnotherSpecversion(String version) {
        ObjectNode json = validEnvelope();
        json.put("specversion", version);
        assertThatThrownBy(() -> CloudEvents.parse(json.toString()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("specversion");
        assertThat(Schemas.validateEnvelope(json)).isNotEmpty();
    }

    @Test
    void parseRejectsABsnAsSubject() {
        ObjectNode json = validEnvelope();
        json.put("subject", "999990342");
        assertThatThrownBy(() -> CloudEvents.parse(json.toString()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("subject must be a UUID")
                .hasMessageNotContaining("999990342");
        assertThat(Schemas.validateEnvelope(json)).isNotEmpty();
    }

    @Test
    void parseRejectsMalformedAttributes() {
        ObjectNode json = validEnvelope();
        json.put("id", "42");
        assertThatThrownBy(() -> CloudEvents.parse(json.toString())).hasMessageContaining("id must be a UUID");

        ObjectNode data = validEnvelope();
        data.put("data", "a string");
        assertThatThrownBy(() -> CloudEvents.parse(data.toString())).hasMessageContaining("data must be a JSON object");

        ObjectNode contentType = validEnvelope();
        contentType.put("datacontenttype", "application/xml");
        assertThatThrownBy(() -> CloudEvents.parse(contentType.toString())).hasMessageContaining("datacontenttype");

        ObjectNode time = validEnvelope();
        time.put("time", "2026-03-02 09:30");
        assertThatThrownBy(() -> CloudEvents.parse(time.toString())).hasMessageContaining("time");

        ObjectNode numericType = validEnvelope();
        numericType.put("type", 7);
        assertThatThrownBy(() -> CloudEvents.parse(numericType.toString())).hasMessageContaining("'type' must be a string");
    }

    @Test
    void payloadRejectsDataThatDoesNotBindWithoutQuotingTheValue() {
        ObjectNode json = validEnvelope();
        ((ObjectNode) json.get("data")).put("dateOfBirth", "1994-14-31");
        CloudEvent event = CloudEvents.parse(json.toString());
        assertThatThrownBy(() -> CloudEvents.payload(event, ParticipantRegistered.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("dateOfBirth")
                .hasMessageNotContaining("1994")
                .hasNoCause();
    }

    @Test
    void payloadRejectsWrongScalarsAndUnknownEnumValues() {
        ObjectNode date = validEnvelope();
        ((ObjectNode) date.get("data")).put("dateOfBirth", "1994-07-14T00:00:00Z");
        assertThatThrownBy(() -> CloudEvents.payload(CloudEvents.parse(date.toString())))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("dateOfBirth");

        ObjectNode targetGroup = validEnvelope();
        ((ObjectNode) targetGroup.get("data")).put("targetGroup", "REFUGEE");
        assertThatThrownBy(() -> CloudEvents.payload(CloudEvents.parse(targetGroup.toString())))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("targetGroup");

        ObjectNode number = tree(CloudEvents.toJson(wrap(EventType.EXAM_REGISTERED))).deepCopy();
        ((ObjectNode) number.get("data")).put("attemptNumber", "3");
        assertThatThrownBy(() -> CloudEvents.payload(CloudEvents.parse(number.toString())))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("attemptNumber");

        ObjectNode code = validEnvelope();
        ((ObjectNode) code.get("data")).put("municipalityCode", "Amsterdam");
        assertThatThrownBy(() -> CloudEvents.payload(CloudEvents.parse(code.toString())))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("nl.inburgering.participant.registered data is invalid: "
                        + "municipalityCode must be a CBS municipality code such as GM0363");
    }

    @Test
    void payloadRejectsDataAboutAnotherParticipantThanTheSubject() {
        ObjectNode json = validEnvelope();
        json.put("subject", UUID.randomUUID().toString());
        CloudEvent event = CloudEvents.parse(json.toString());
        assertThatThrownBy(() -> CloudEvents.payload(event, ParticipantRegistered.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("subject");
    }

    @Test
    void payloadForTheWrongClassIsAConsumerBug() {
        CloudEvent event = wrap(EventType.PARTICIPANT_REGISTERED);
        assertThatThrownBy(() -> CloudEvents.payload(event, TermStarted.class))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(MalformedEventException.class);
    }

    @Test
    void wrapRequiresOurSourceForm() {
        EventPayload payload = Samples.of(EventType.TERM_STARTED);
        assertThatThrownBy(() -> CloudEvents.wrap("deadline-service", payload, ID, RECORDED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CloudEvents.wrap("urn:nld:inburgering:", payload, ID, RECORDED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CloudEvents.wrap(EventSources.DEADLINE_SERVICE, payload, ID, RECORDED).source())
                .isEqualTo("urn:nld:inburgering:deadline-service");
    }

    @Test
    void recordsRefuseToBeBuiltBroken() {
        assertThatThrownBy(() -> new TermStarted(null, LocalDate.of(2026, 3, 3), LocalDate.of(2029, 3, 3)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("participantId");
        assertThatThrownBy(() -> new ExamRegistered(Samples.PARTICIPANT, UUID.randomUUID(),
                ExamComponent.READING, null, LocalDate.of(2026, 4, 1), 1,
                Payer.MUNICIPALITY, 0))
                .hasMessageContaining("level");
        assertThatThrownBy(() -> new ExamRegistered(Samples.PARTICIPANT, UUID.randomUUID(),
                ExamComponent.READING,
                LanguageLevel.B1, LocalDate.of(2026, 4, 1), 0,
                Payer.MUNICIPALITY, 0))
                .hasMessageContaining("attemptNumber");
    }
}
