package nl.inburgering.contracts.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every CloudEvent type we publish, with its topic, payload record and JSON Schema: the one table that
 * producers, consumers, the schemas and the AsyncAPI document are tested against.
 */
public enum EventType {
    PARTICIPANT_REGISTERED("participant.registered", Topics.PIP_EVENTS, ParticipantRegistered.class),
    PARTICIPANT_TARGET_GROUP_CHANGED("participant.target-group-changed", Topics.PIP_EVENTS,
            ParticipantTargetGroupChanged.class),
    PARTICIPANT_MOVED("participant.moved", Topics.PIP_EVENTS, ParticipantMoved.class),
    PARTICIPANT_OBLIGATION_ENDED("participant.obligation-ended", Topics.PIP_EVENTS, ParticipantObligationEnded.class),
    PLAN_ESTABLISHED("plan.established", Topics.PIP_EVENTS, PlanEstablished.class),
    PLAN_DELETED("plan.deleted", Topics.PIP_EVENTS, PlanDeleted.class),
    ZROUTE_COMPLETED("zroute.completed", Topics.PIP_EVENTS, ZRouteCompleted.class),
    ZROUTE_HOURS_RECORDED("zroute.hours-recorded", Topics.PIP_EVENTS, ZRouteHoursRecorded.class),
    INTEGRATION_COMPLETED("integration.completed", Topics.PIP_EVENTS, IntegrationCompleted.class),
    INTEGRATION_OUTSTANDING_CHANGED("integration.outstanding-changed", Topics.PIP_EVENTS,
            IntegrationOutstandingChanged.class),

    EXAM_REGISTERED("exam.registered", Topics.EXAM_EVENTS, ExamRegistered.class),
    EXAM_CANCELLED("exam.cancelled", Topics.EXAM_EVENTS, ExamCancelled.class),
    EXAM_RESULT_RECORDED("exam.result-recorded", Topics.EXAM_EVENTS, ExamResultRecorded.class),

    MAP_PART_COMPLETED("map.part-completed", Topics.MAP_EVENTS, MapPartCompleted.class),
    MAP_COMPLETED("map.completed", Topics.MAP_EVENTS, MapCompleted.class),
    MAP_COMPLETION_WITHDRAWN("map.completion-withdrawn", Topics.MAP_EVENTS, MapCompletionWithdrawn.class),

    PVT_SESSION_ATTENDED("pvt.session-attended", Topics.PVT_EVENTS, PvtSessionAttended.class),
    PVT_STATEMENT_SIGNED("pvt.statement-signed", Topics.PVT_EVENTS, PvtStatementSigned.class),
    PVT_SIGNING_WITHDRAWN("pvt.signing-withdrawn", Topics.PVT_EVENTS, PvtSigningWithdrawn.class),

    TERM_STARTED("term.started", Topics.DEADLINE_EVENTS, TermStarted.class),
    TERM_EXTENDED("term.extended", Topics.DEADLINE_EVENTS, TermExtended.class),
    EXEMPTION_GRANTED("exemption.granted", Topics.DEADLINE_EVENTS, ExemptionGranted.class),
    PLAN_DEADLINE_MISSED("plan-deadline.missed", Topics.DEADLINE_EVENTS, PlanDeadlineMissed.class),
    TERM_ENDING_SOON("term.ending-soon", Topics.DEADLINE_EVENTS, TermEndingSoon.class),
    TERM_EXCEEDED("term.exceeded", Topics.DEADLINE_EVENTS, TermExceeded.class),
    TERM_CLOSED("term.closed", Topics.DEADLINE_EVENTS, TermClosed.class);

    /** Reverse-DNS prefix of every type (NL GOV CloudEvents profile: domain, no organisation name). */
    public static final String TYPE_PREFIX = "nl.inburgering.";

    /** Version of the data schema; a breaking change gets a new type name ({@code ….v2}), not a new number here. */
    public static final int SCHEMA_VERSION = 1;

    private static final Map<String, EventType> BY_TYPE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<? extends EventPayload>, EventType> BY_CLASS =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::payloadClass, Function.identity()));

    private final String name;
    private final String topic;
    private final Class<? extends EventPayload> payloadClass;

    EventType(String name, String topic, Class<? extends EventPayload> payloadClass) {
        this.name = name;
        this.topic = topic;
        this.payloadClass = payloadClass;
    }

    /** The CloudEvent {@code type}, e.g. {@code nl.inburgering.participant.registered}. */
    public String type() {
        return TYPE_PREFIX + name;
    }

    /** The Kafka topic it is published on (one of {@link Topics#ALL}). */
    public String topic() {
        return topic;
    }

    /** The service that publishes it, e.g. {@code pip-service}. */
    public String producer() {
        return Topics.producer(topic);
    }

    /** The record its {@code data} binds to. */
    public Class<? extends EventPayload> payloadClass() {
        return payloadClass;
    }

    /** Class-path resource name of its JSON Schema, e.g. {@code schemas/participant.registered.schema.json}. */
    public String schemaResource() {
        return "schemas/" + name + ".schema.json";
    }

    /** The CloudEvent {@code dataschema}, e.g. {@code urn:nld:inburgering:schema:nl.inburgering.participant.registered:1}. */
    public String dataschema() {
        return "urn:nld:inburgering:schema:" + type() + ":" + SCHEMA_VERSION;
    }

    /** The type for a CloudEvent {@code type} string; empty for a type this contract does not know. */
    public static Optional<EventType> fromType(String type) {
        return Optional.ofNullable(type == null ? null : BY_TYPE.get(type));
    }

    /** The type whose data is {@code payloadClass}. */
    public static EventType of(Class<? extends EventPayload> payloadClass) {
        EventType type = BY_CLASS.get(payloadClass);
        if (type == null) {
            throw new IllegalArgumentException("no event type for " + payloadClass);
        }
        return type;
    }
}
