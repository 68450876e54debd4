package nl.inburgering.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

import nl.inburgering.contracts.envelope.CloudEvent;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.envelope.EventJson;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.envelope.MalformedEventException;
import nl.inburgering.contracts.events.EventType;
import nl.inburgering.contracts.events.MapCompletionWithdrawn;
import nl.inburgering.contracts.events.PvtSigningWithdrawn;
import nl.inburgering.contracts.events.OptionalField;
import nl.inburgering.contracts.events.ParticipantRegistered;
import nl.inburgering.contracts.events.ParticipantTargetGroupChanged;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;

/** Each payload record and its published JSON Schema say the same thing. */
class PayloadSchemaTest {

    private static final Instant RECORDED = Instant.parse("2026-03-02T09:30:00Z");

    static ObjectNode sampleJson(EventType type) {
        return EventJson.mapper().valueToTree(Samples.of(type));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleOfEveryTypeValidatesAgainstItsSchema(EventType type) {
        assertThat(Schemas.validate(type, sampleJson(type))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleJsonHasOnlyFieldsTheSchemaDeclares(EventType type) {
        Set<String> declared = fieldNames(Schemas.json(type.schemaResource()).get("properties"));
        assertThat(fieldNames(sampleJson(type))).isSubsetOf(declared);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaPropertiesAreExactlyTheRecordComponents(EventType type) {
        Set<String> components = Arrays.stream(type.payloadClass().getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        assertThat(fieldNames(Schemas.json(type.schemaResource()).get("properties")))
                .containsExactlyInAnyOrderElementsOf(components);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaRequiresExactlyTheFieldsNotMarkedOptional(EventType type) {
        Set<String> required = Arrays.stream(type.payloadClass().getRecordComponents())
                .filter(c -> !c.isAnnotationPresent(OptionalField.class))
                .map(RecordComponent::getName).collect(Collectors.toSet());
        assertThat(required).contains("participantId");
        assertThat(requiredFields(type)).containsExactlyInAnyOrderElementsOf(required);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaEnumsSpellOutTheJavaEnums(EventType type) {
        JsonNode properties = Schemas.json(type.schemaResource()).get("properties");
        for (RecordComponent component : type.payloadClass().getRecordComponents()) {
            Class<?> enumType = enumOf(component);
            if (enumType == null) {
                continue;
            }
            JsonNode property = properties.get(component.getName());
            JsonNode values = property.has("items") ? property.get("items").get("enum") : property.get("enum");
            assertThat(values).as("%s.%s enum", type, component.getName()).isNotNull();
            Set<String> schemaValues = new TreeSet<>();
            values.forEach(v -> { if (!v.isNull()) schemaValues.add(v.asText()); });
            Set<String> javaValues = Arrays.stream(enumType.getEnumConstants())
                    .map(e -> ((Enum<?>) e).name()).collect(Collectors.toCollection(TreeSet::new));
            if (component.getName().equals("a2PermittedComponents")) {
                javaValues.remove("KNM"); // KNM has no level, so it can never be permitted at A2
            }
            if (type == EventType.EXEMPTION_GRANTED && component.getName().equals("level")) {
                javaValues.retainAll(Set.of("A2", "B1")); // DUO ExamenniveauGedeeltelijkeVrijstelling
            }
            assertThat(schemaValues).as("%s.%s", type, component.getName()).isEqualTo(javaValues);
        }
    }

    static Stream<Arguments> requiredFieldOfEveryType() {
        List<Arguments> cases = new ArrayList<>();
        for (EventType type : EventType.values()) {
            for (String field : requiredFields(type)) {
                cases.add(Arguments.of(type, field));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFieldOfEveryType")
    void droppingARequiredFieldFailsTheSchema(EventType type, String field) {
        ObjectNode json = sampleJson(type);
        assertThat(json.has(field)).as("sample has %s", field).isTrue();
        json.remove(field);
        assertThat(Schemas.validate(type, json)).as("schema errors").isNotEmpty();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFieldOfEveryType")
    void droppingOrNullingARequiredFieldFailsBinding(EventType type, String field) {
        ObjectNode json = sampleJson(type);
        json.remove(field);
        assertThatThrownBy(() -> CloudEvents.payload(event(type, json), type.payloadClass()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage(type.type() + " data lacks required field '" + field + "'");
        json.putNull(field);
        assertThatThrownBy(() -> CloudEvents.payload(event(type, json), type.payloadClass()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage(type.type() + " data lacks required field '" + field + "'");
    }

    @Test
    void optionalFieldsMayBeAbsentOrNull() {
        ObjectNode json = sampleJson(EventType.PARTICIPANT_REGISTERED);
        json.remove("duoTargetGroupCode");
        assertThat(Schemas.validate(EventType.PARTICIPANT_REGISTERED, json)).isEmpty();
        json.putNull("duoTargetGroupCode");
        assertThat(Schemas.validate(EventType.PARTICIPANT_REGISTERED, json)).isEmpty();
        assertThat(CloudEvents.payload(event(EventType.PARTICIPANT_REGISTERED, json), ParticipantRegistered.class)
                .duoTargetGroupCode()).isNull();
    }

    @Test
    void schemaChecksFormatsAndEnums() {
        ObjectNode json = sampleJson(EventType.EXAM_REGISTERED);
        json.put("examDate", "20-04-2026");
        assertThat(Schemas.validate(EventType.EXAM_REGISTERED, json)).isNotEmpty();
        json = sampleJson(EventType.EXAM_REGISTERED);
        json.put("registrationId", "not-a-uuid");
        assertThat(Schemas.validate(EventType.EXAM_REGISTERED, json)).isNotEmpty();
        json = sampleJson(EventType.EXAM_REGISTERED);
        json.put("component", "reading");
        assertThat(Schemas.validate(EventType.EXAM_REGISTERED, json)).isNotEmpty();
        json = sampleJson(EventType.PARTICIPANT_MOVED);
        json.put("toMunicipalityCode", "0363");
        assertThat(Schemas.validate(EventType.PARTICIPANT_MOVED, json)).isNotEmpty();
    }

    @Test
    void languageComponentNeedsALevelAndKnmHasNone() {
        ObjectNode reading = sampleJson(EventType.EXAM_RESULT_RECORDED);
        reading.remove("level");
        assertThat(Schemas.validate(EventType.EXAM_RESULT_RECORDED, reading)).isNotEmpty();
        assertThatThrownBy(() -> CloudEvents.payload(event(EventType.EXAM_RESULT_RECORDED, reading)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("level");

        ObjectNode knm = sampleJson(EventType.EXAM_REGISTERED);
        knm.put("component", "KNM");
        assertThat(Schemas.validate(EventType.EXAM_REGISTERED, knm)).isNotEmpty();
        assertThatThrownBy(() -> CloudEvents.payload(event(EventType.EXAM_REGISTERED, knm)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("level");
        knm.remove("level");
        assertThat(Schemas.validate(EventType.EXAM_REGISTERED, knm)).isEmpty();
        assertThat(CloudEvents.payload(event(EventType.EXAM_REGISTERED, knm))).isNotNull();
    }

    @Test
    void noResultReasonIsPresentExactlyForNoResult() {
        ObjectNode missing = sampleJson(EventType.EXAM_RESULT_RECORDED);
        missing.remove("noResultReason");
        assertThat(Schemas.validate(EventType.EXAM_RESULT_RECORDED, missing)).isNotEmpty();
        assertThatThrownBy(() -> CloudEvents.payload(event(EventType.EXAM_RESULT_RECORDED, missing)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("noResultReason");

        ObjectNode passedWithReason = sampleJson(EventType.EXAM_RESULT_RECORDED);
        passedWithReason.put("outcome", "PASSED");
        assertThat(Schemas.validate(EventType.EXAM_RESULT_RECORDED, passedWithReason)).isNotEmpty();
        assertThatThrownBy(() -> CloudEvents.payload(event(EventType.EXAM_RESULT_RECORDED, passedWithReason)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("noResultReason");

        passedWithReason.remove("noResultReason");
        assertThat(Schemas.validate(EventType.EXAM_RESULT_RECORDED, passedWithReason)).isEmpty();
    }

    @Test
    void partialExemptionNamesComponentsAndAFullOneNone() {
        ObjectNode partial = sampleJson(EventType.EXEMPTION_GRANTED);
        partial.putArray("components");
        assertThat(Schemas.validate(EventType.EXEMPTION_GRANTED, partial)).isNotEmpty();
        assertThatThrownBy(() -> CloudEvents.payload(event(EventType.EXEMPTION_GRANTED, partial)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("components");

        ObjectNode full = sampleJson(EventType.EXEMPTION_GRANTED);
        full.put("scope", "FULL");
        full.put("ground", "DIP");
        full.remove("level");
        assertThat(Schemas.validate(EventType.EXEMPTION_GRANTED, full)).isNotEmpty();
        full.putArray("components");
        assertThat(Schemas.validate(EventType.EXEMPTION_GRANTED, full)).isEmpty();
        assertThat(CloudEvents.payload(event(EventType.EXEMPTION_GRANTED, full))).isNotNull();
    }

    /**
     * Issue 8 items 5, 6, 10: DUO's grounds, each tied to its kind and scopes; the level of a partial vrijstelling;
     * the participation-hours cap of a partial ontheffing. Schema and binding agree on every case.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("exemptionCases")
    void exemptionGroundsScopesLevelAndCapFollowDuo_issue8items5_6_10(String name, String patch, boolean valid)
            throws Exception {
        ObjectNode json = sampleJson(EventType.EXEMPTION_GRANTED); // GED partial READING at A2
        ObjectNode changes = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(patch);
        changes.fields().forEachRemaining(f -> {
            if (f.getValue().isNull()) {
                json.remove(f.getKey());
            } else {
                json.set(f.getKey(), f.getValue());
            }
        });
        assertThat(Schemas.validate(EventType.EXEMPTION_GRANTED, json).isEmpty()).as("schema accepts").isEqualTo(valid);
        if (valid) {
            assertThat(CloudEvents.payload(event(EventType.EXEMPTION_GRANTED, json))).isNotNull();
        } else {
            assertThatThrownBy(() -> CloudEvents.payload(event(EventType.EXEMPTION_GRANTED, json)))
                    .isInstanceOf(MalformedEventException.class);
        }
    }

    static Stream<Arguments> exemptionCases() {
        String full = "\"scope\":\"FULL\",\"components\":[],\"level\":null";
        String partialOntheffing = "\"kind\":\"ONTHEFFING\",\"ground\":\"MED\",\"level\":null";
        return Stream.of(
                Arguments.of("GED partial at A2", "{}", true),
                Arguments.of("GED partial without level", "{\"level\":null}", false),
                Arguments.of("GED partial at B2", "{\"level\":\"B2\"}", false),
                Arguments.of("GED partial with KNM", "{\"components\":[\"KNM\"]}", false),
                Arguments.of("GED full", "{" + full + "}", false),
                Arguments.of("GED as ontheffing", "{\"kind\":\"ONTHEFFING\"}", false),
                Arguments.of("unknown ground", "{\"ground\":\"XYZ\"}", false),
                Arguments.of("DIP full", "{\"ground\":\"DIP\"," + full + "}", true),
                Arguments.of("DIP partial", "{\"ground\":\"DIP\",\"level\":null}", false),
                Arguments.of("INS temporary", "{\"ground\":\"INS\",\"scope\":\"TEMPORARY\",\"components\":[],"
                        + "\"level\":null}", true),
                Arguments.of("MED temporary", "{\"kind\":\"ONTHEFFING\",\"ground\":\"MED\","
                        + "\"scope\":\"TEMPORARY\",\"components\":[],\"level\":null}", false),
                Arguments.of("MED as vrijstelling", "{\"ground\":\"MED\"," + full + "}", false),
                Arguments.of("MED partial with KNM and a cap of 0", "{" + partialOntheffing
                        + ",\"components\":[\"KNM\"],\"participationHoursCap\":0}", true),
                Arguments.of("MED partial with a level", "{" + partialOntheffing + ",\"level\":\"A2\"}", false),
                Arguments.of("MED partial with a negative cap", "{" + partialOntheffing
                        + ",\"participationHoursCap\":-1}", false),
                Arguments.of("BIO full with a cap", "{\"kind\":\"ONTHEFFING\",\"ground\":\"BIO\"," + full
                        + ",\"participationHoursCap\":100}", false),
                Arguments.of("GED with a cap", "{\"participationHoursCap\":100}", false));
    }

    @Test
    void requiredLevelsNameOnlyLanguageComponentsAndLevels_issue8item1() {
        JsonNode property = Schemas.json(EventType.PLAN_ESTABLISHED.schemaResource()).get("properties")
                .get("requiredLevels");
        Set<String> keys = new TreeSet<>();
        property.get("propertyNames").get("enum").forEach(v -> keys.add(v.asText()));
        Set<String> levels = new TreeSet<>();
        property.get("additionalProperties").get("enum").forEach(v -> levels.add(v.asText()));
        assertThat(keys).containsExactlyInAnyOrder("READING", "LISTENING", "WRITING", "SPEAKING");
        assertThat(levels).isEqualTo(Arrays.stream(LanguageLevel.values()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new)));

        ObjectNode json = sampleJson(EventType.PLAN_ESTABLISHED);
        ((ObjectNode) json.get("requiredLevels")).put("KNM", "A2");
        assertThat(Schemas.validate(EventType.PLAN_ESTABLISHED, json)).isNotEmpty();
        ObjectNode wrongLevel = sampleJson(EventType.PLAN_ESTABLISHED);
        ((ObjectNode) wrongLevel.get("requiredLevels")).put("READING", "C1");
        assertThat(Schemas.validate(EventType.PLAN_ESTABLISHED, wrongLevel)).isNotEmpty();
    }

    @Test
    void anEventWithoutRequiredLevelsGetsThemDerived_issue8item1() {
        ObjectNode json = sampleJson(EventType.PLAN_ESTABLISHED);
        json.remove("requiredLevels");
        assertThat(Schemas.validate(EventType.PLAN_ESTABLISHED, json)).isEmpty();
        PlanEstablished plan = CloudEvents.payload(event(EventType.PLAN_ESTABLISHED, json), PlanEstablished.class);
        assertThat(plan.requiredLevels()).containsExactly(Map.entry(ExamComponent.READING, LanguageLevel.B1),
                Map.entry(ExamComponent.LISTENING, LanguageLevel.B1), Map.entry(ExamComponent.WRITING, LanguageLevel.A2),
                Map.entry(ExamComponent.SPEAKING, LanguageLevel.A2));
    }

    @Test
    void rightsAfterChangeBelongToTheNewGroup_E11_issue8item4() {
        ObjectNode kept = sampleJson(EventType.PARTICIPANT_TARGET_GROUP_CHANGED);
        assertThat(Schemas.validate(EventType.PARTICIPANT_TARGET_GROUP_CHANGED, kept)).isEmpty();
        ParticipantTargetGroupChanged change = CloudEvents.payload(
                event(EventType.PARTICIPANT_TARGET_GROUP_CHANGED, kept), ParticipantTargetGroupChanged.class);
        assertThat(change.asylumRights()).isTrue(); // "Behoud asielrechten": a family migrant with asylum rights

        ObjectNode wrong = sampleJson(EventType.PARTICIPANT_TARGET_GROUP_CHANGED);
        wrong.put("targetGroup", "ASYLUM_PERMIT_HOLDER"); // ASYLUM_RIGHTS_KEPT describes a change to family migrant
        assertThat(Schemas.validate(EventType.PARTICIPANT_TARGET_GROUP_CHANGED, wrong)).isNotEmpty();
        assertThatThrownBy(() -> CloudEvents.payload(event(EventType.PARTICIPANT_TARGET_GROUP_CHANGED, wrong),
                ParticipantTargetGroupChanged.class)).isInstanceOf(MalformedEventException.class);

        ObjectNode absent = sampleJson(EventType.PARTICIPANT_TARGET_GROUP_CHANGED);
        absent.remove("rightsAfterChange");
        assertThat(Schemas.validate(EventType.PARTICIPANT_TARGET_GROUP_CHANGED, absent)).isEmpty();
        assertThat(CloudEvents.payload(event(EventType.PARTICIPANT_TARGET_GROUP_CHANGED, absent),
                ParticipantTargetGroupChanged.class).asylumRights()).isFalse(); // the new group's rights
    }

    /**
     * participant.registered may carry the term a participant brings along (E10, issue 11): both dates or neither,
     * the end after the start; the schema takes them, and a registration without them reads as before.
     */
    @Test
    void aRegistrationCarriesARunningTermWithBothDatesOrNone_E10() {
        ParticipantRegistered plain = (ParticipantRegistered) Samples.of(EventType.PARTICIPANT_REGISTERED);
        ParticipantRegistered moved = new ParticipantRegistered(plain.participantId(), plain.municipalityCode(),
                plain.targetGroup(), plain.dateOfBirth(), plain.obligationStartDate(), plain.notificationDate(),
                plain.municipalityRegistrationDate(), plain.duoTargetGroupCode(), LocalDate.of(2025, 6, 2),
                LocalDate.of(2028, 6, 2));
        ObjectNode json = sampleJson(EventType.PARTICIPANT_REGISTERED);
        json.put("runningTermStartDate", "2025-06-02");
        json.put("runningTermEndDateExclusive", "2028-06-02");
        assertThat(Schemas.validate(EventType.PARTICIPANT_REGISTERED, json)).isEmpty();
        assertThat(CloudEvents.payload(event(EventType.PARTICIPANT_REGISTERED, json))).isEqualTo(moved);
        assertThat(plain.bringsRunningTerm()).isFalse();
        assertThatThrownBy(() -> new ParticipantRegistered(plain.participantId(), plain.municipalityCode(),
                plain.targetGroup(), plain.dateOfBirth(), plain.obligationStartDate(), plain.notificationDate(),
                plain.municipalityRegistrationDate(), null, LocalDate.of(2025, 6, 2), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("come together");
        assertThatThrownBy(() -> new ParticipantRegistered(plain.participantId(), plain.municipalityCode(),
                plain.targetGroup(), plain.dateOfBirth(), plain.obligationStartDate(), plain.notificationDate(),
                plain.municipalityRegistrationDate(), null, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
    }

    /**
     * pvt.signing-withdrawn names the signing withdrawn and the day, and nothing else: the municipality's reason is
     * free text that may hold personal data and stays in pvt-service.
     */
    @Test
    void aPvtSigningWithdrawalCarriesNoReason() {
        assertThat(Arrays.stream(PvtSigningWithdrawn.class.getRecordComponents())
                .map(c -> c.getName() + ":" + c.getType().getSimpleName()))
                .containsExactly("participantId:UUID", "signedOn:LocalDate", "withdrawnOn:LocalDate");
        ObjectNode json = sampleJson(EventType.PVT_SIGNING_WITHDRAWN);
        json.put("reason", "anything");
        assertThat(Schemas.validate(EventType.PVT_SIGNING_WITHDRAWN, json)).isEmpty();
        assertThat(CloudEvents.payload(event(EventType.PVT_SIGNING_WITHDRAWN, json)))
                .isEqualTo(Samples.of(EventType.PVT_SIGNING_WITHDRAWN));
    }

    /**
     * map.completion-withdrawn names the interview withdrawn and the day, and nothing else: the municipality's reason
     * is free text that may hold personal data and stays in map-service.
     */
    @Test
    void aMapWithdrawalCarriesNoReason() {
        assertThat(Arrays.stream(MapCompletionWithdrawn.class.getRecordComponents())
                .map(c -> c.getName() + ":" + c.getType().getSimpleName()))
                .containsExactly("participantId:UUID", "finalInterviewDate:LocalDate", "withdrawnOn:LocalDate");
        ObjectNode json = sampleJson(EventType.MAP_COMPLETION_WITHDRAWN);
        json.put("reason", "anything");
        assertThat(Schemas.validate(EventType.MAP_COMPLETION_WITHDRAWN, json)).isEmpty(); // unknown fields are allowed
        assertThat(CloudEvents.payload(event(EventType.MAP_COMPLETION_WITHDRAWN, json)))
                .isEqualTo(Samples.of(EventType.MAP_COMPLETION_WITHDRAWN)); // ... and dropped on binding
    }

    @Test
    void a2PermissionNeverCoversKnm() {
        ObjectNode json = sampleJson(EventType.PLAN_ESTABLISHED);
        json.putArray("a2PermittedComponents").add("KNM");
        assertThat(Schemas.validate(EventType.PLAN_ESTABLISHED, json)).isNotEmpty();
        assertThatThrownBy(() -> CloudEvents.payload(event(EventType.PLAN_ESTABLISHED, json)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("a2PermittedComponents");
    }

    static CloudEvent event(EventType type, JsonNode data) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), EventSources.of(
                type.producer()), type.type(), Samples.PARTICIPANT.toString(), RECORDED, CloudEvent.DATA_CONTENT_TYPE,
                type.dataschema(), data);
    }

    static Set<String> requiredFields(EventType type) {
        Set<String> required = new HashSet<>();
        Schemas.json(type.schemaResource()).get("required").forEach(n -> required.add(n.asText()));
        return required;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The enum type of a component, or of its collection's elements; null if neither. */
    private static Class<?> enumOf(RecordComponent component) {
        if (component.getType().isEnum()) {
            return component.getType();
        }
        if (Map.class.isAssignableFrom(component.getType())) {
            return null; // an enum-keyed map: checked by its own test
        }
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element && element.isEnum()) {
            return element;
        }
        return null;
    }
}
