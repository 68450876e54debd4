package nl.inburgering.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.inburgering.contracts.events.EventPayload;
import nl.inburgering.contracts.events.EventType;
import nl.inburgering.contracts.events.Topics;

/** The type table: names, topics, schemas and payload classes line up. */
class EventTypeTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void typeIsReverseDnsAndFindsItselfBack(EventType type) {
        assertThat(type.type()).startsWith("nl.inburgering.").matches("nl\\.inburgering\\.[a-z0-9.-]+");
        assertThat(EventType.fromType(type.type())).contains(type);
        assertThat(EventType.of(type.payloadClass())).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void topicIsOneOfTheFiveAndSchemaIsOnTheClassPath(EventType type) {
        assertThat(Topics.ALL).contains(type.topic());
        assertThat(getClass().getClassLoader().getResource(type.schemaResource())).as(type.schemaResource()).isNotNull();
        assertThat(type.schemaResource()).isEqualTo("schemas/" + type.type().substring("nl.inburgering.".length())
                + ".schema.json");
        assertThat(Schemas.json(type.schemaResource()).get("$id").asText()).isEqualTo(type.dataschema());
        assertThat(Schemas.json(type.schemaResource()).get("title").asText()).isEqualTo(type.type());
    }

    @Test
    void designTableTypesAreAllThere() {
        Set<String> names = Arrays.stream(EventType.values())
                .map(t -> t.topic() + " " + t.type().substring("nl.inburgering.".length()))
                .collect(Collectors.toSet());
        assertThat(names).containsExactlyInAnyOrder(
                "pip.events participant.registered", "pip.events participant.target-group-changed",
                "pip.events participant.moved", "pip.events participant.obligation-ended",
                "pip.events plan.established", "pip.events plan.deleted", "pip.events zroute.completed",
                "pip.events zroute.hours-recorded",
                "pip.events integration.completed", "pip.events integration.outstanding-changed",
                "exam.events exam.registered", "exam.events exam.cancelled", "exam.events exam.result-recorded",
                "map.events map.part-completed", "map.events map.completed",
                "map.events map.completion-withdrawn",
                "pvt.events pvt.session-attended", "pvt.events pvt.statement-signed",
                "pvt.events pvt.signing-withdrawn",
                "deadline.events term.started", "deadline.events term.extended", "deadline.events exemption.granted",
                "deadline.events plan-deadline.missed", "deadline.events term.ending-soon",
                "deadline.events term.exceeded", "deadline.events term.closed");
    }

    @Test
    void everyPayloadRecordHasExactlyOneType() {
        Set<Class<?>> mapped = Arrays.stream(EventType.values()).map(EventType::payloadClass).collect(Collectors.toSet());
        assertThat(mapped).hasSize(EventType.values().length);
        assertThat(mapped).containsExactlyInAnyOrder(EventPayload.class.getPermittedSubclasses());
    }

    @Test
    void unknownTypesAreEmpty() {
        assertThat(EventType.fromType("nl.inburgering.participant.registered.v2")).isEmpty();
        assertThat(EventType.fromType(null)).isEmpty();
    }

    @Test
    void topicsAndTheirDeadLetterTopics() {
        assertThat(Topics.ALL).containsExactly("pip.events", "exam.events", "map.events", "pvt.events",
                "deadline.events");
        assertThat(Topics.dlq(Topics.PIP_EVENTS)).isEqualTo("pip.events.dlq");
        assertThat(Topics.producer(Topics.DEADLINE_EVENTS)).isEqualTo("deadline-service");
        assertThatThrownBy(() -> Topics.producer("pip.events.dlq")).isInstanceOf(IllegalArgumentException.class);
    }
}
