package nl.inburgering.kit.testing;

import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import nl.inburgering.contracts.envelope.CloudEvent;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.events.EventPayload;
import nl.inburgering.contracts.events.ExemptionGranted;
import nl.inburgering.contracts.events.IntegrationCompleted;
import nl.inburgering.contracts.events.Topics;
import nl.inburgering.contracts.events.ParticipantMoved;
import nl.inburgering.contracts.events.ParticipantObligationEnded;
import nl.inburgering.contracts.events.ParticipantRegistered;
import nl.inburgering.contracts.events.ParticipantTargetGroupChanged;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.events.TermExtended;
import nl.inburgering.contracts.events.TermStarted;
import nl.inburgering.contracts.events.ZRouteCompleted;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionGround;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.ObligationEndReason;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.participants.ParticipantDirectory;
import nl.inburgering.localstack.testing.TopicReader;

/**
 * Makes participants known to a service with the participant replica the only way it learns them: pip-service's
 * CloudEvents on pip.events, produced to the real broker. Events of one participant share a key and so a
 * partition, and are consumed in order: once the last one produced has been applied, the earlier ones were too.
 * Use inside a @QuarkusTest (it reads the replica through the service's own session).
 */
public final class KnownParticipants {

    public static final String PIP_EVENTS = "pip.events";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final TopicReader topics;

    public KnownParticipants(String bootstrap) {
        this.topics = new TopicReader(bootstrap);
    }

    public TopicReader topics() {
        return topics;
    }

    /** The structured-mode JSON of a pip-service event with this id. */
    public static String event(EventPayload payload, UUID eventId) {
        return CloudEvents.toJson(CloudEvents.wrap(EventSources.PIP_SERVICE, payload, eventId, Instant.now()));
    }

    /** Produces one pip.events CloudEvent; returns its value so a test can deliver it again. */
    public String produce(EventPayload payload) {
        String value = event(payload, UUID.randomUUID());
        produceRaw(payload.participantId(), value);
        return value;
    }

    public void produceRaw(UUID participantId, String value) {
        topics.produce(PIP_EVENTS, participantId.toString(), value);
    }

    /**
     * Produces these pip.events values (keyed by the participant at the same index) together, in order, with one flush,
     * so that a consumer finds them in one poll where it can (issue 15).
     */
    public void produceRawTogether(List<UUID> participantIds, List<String> values) {
        List<org.apache.kafka.clients.producer.ProducerRecord<String, String>> records = new java.util.ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            records.add(new org.apache.kafka.clients.producer.ProducerRecord<>(PIP_EVENTS,
                    participantIds.get(i).toString(), values.get(i)));
        }
        topics.produceAll(records);
    }

    public static ParticipantRegistered registered(UUID id, String municipality, TargetGroup group) {
        return new ParticipantRegistered(id, municipality, group, LocalDate.of(1990, 4, 12),
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 10), null);
    }

    public static PlanEstablished plan(UUID id, int version, LanguageLevel level, Set<ExamComponent> a2Permitted) {
        return new PlanEstablished(id, UUID.randomUUID(), version, version == 1, LocalDate.of(2026, 3, 1)
                .plusMonths(version - 1L), Route.B1, level, a2Permitted, "GM0363");
    }

    /** A registered participant with a B1-route plan at B1, applied to the replica. */
    public UUID known(String municipality, TargetGroup group) {
        UUID id = UUID.randomUUID();
        produce(plan(id, 1, LanguageLevel.B1, Set.of()));
        produce(registered(id, municipality, group));
        awaitReplica(id, k -> k.registered() && k.plan() != null);
        return id;
    }

    /**
     * {@code count} participants as {@link #known}, produced all at once and then awaited, for a bulk test (a list of
     * a whole session) without waiting for each in turn.
     */
    public java.util.List<UUID> knownMany(String municipality, TargetGroup group, int count) {
        java.util.List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            produce(plan(id, 1, LanguageLevel.B1, Set.of()));
            produce(registered(id, municipality, group));
            ids.add(id);
        }
        ids.forEach(id -> awaitReplica(id, k -> k.registered() && k.plan() != null));
        return ids;
    }

    /** deadline-service's term.started for each participant, produced all at once and then awaited. */
    public void startTerms(java.util.List<UUID> ids, LocalDate start, LocalDate endExclusive) {
        ids.forEach(id -> produceDeadline(new TermStarted(id, start, endExclusive)));
        ids.forEach(id -> awaitReplica(id, k -> k.term() != null && k.term().start().equals(start)));
    }

    public void changeTargetGroup(UUID id, TargetGroup group, LocalDate effective) {
        produce(new ParticipantTargetGroupChanged(id, group, effective));
        awaitReplica(id, k -> k.targetGroup() == group);
    }

    public void endObligation(UUID id, LocalDate endedOn) {
        produce(new ParticipantObligationEnded(id, ObligationEndReason.NATURALISED, endedOn));
        awaitReplica(id, KnownParticipant::obligationEnded);
    }

    /** pip-service's integration.completed for a B1-route PIP version 1, as pip publishes it. */
    public void complete(UUID id, LocalDate completedOn) {
        produce(new IntegrationCompleted(id, Route.B1, completedOn, 1));
        awaitReplica(id, KnownParticipant::completed);
    }

    /** deadline-service's exemption.granted for a full vrijstelling (DIP) from {@code from}, as it publishes it. */
    public void exemptFully(UUID id, LocalDate from) {
        ExemptionGranted full = new ExemptionGranted(id, ExemptionKind.VRIJSTELLING, ExemptionGround.DIP,
                ExemptionScope.FULL, Set.of(), from, null);
        produceDeadline(full);
        awaitReplica(id, k -> k.fullyExemptFrom() != null);
    }

    public void move(UUID id, String from, String to, LocalDate movedOn) {
        move(new ParticipantMoved(id, from, to, movedOn));
    }

    public void move(ParticipantMoved moved) {
        produce(moved);
        awaitReplica(moved.participantId(), k -> moved.toMunicipalityCode().equals(k.municipalityCode()));
    }

    /** Waits until the participant replica satisfies {@code condition}, read from the real database. */
    public KnownParticipant awaitReplica(UUID id, Predicate<KnownParticipant> condition) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> find(id), k -> k != null && condition.test(k));
    }

    /**
     * Waits until every pip.events event produced so far for this participant has been consumed: produces an event
     * of a type no consumer handles (the idempotent consumer still records it) and waits for its processed_event
     * row. Events of one participant share a partition, so the earlier ones were consumed first.
     */
    public void sync(UUID id) {
        UUID eventId = UUID.randomUUID();
        CloudEvent marker = new CloudEvent(CloudEvent.SPEC_VERSION, eventId.toString(), EventSources.PIP_SERVICE,
                "nl.inburgering.test.sync", id.toString(), Instant.now(), CloudEvent.DATA_CONTENT_TYPE, null,
                JsonNodeFactory.instance.objectNode().put("participantId", id.toString()));
        produceRaw(id, CloudEvents.toJson(marker));
        awaitProcessed(eventId.toString());
    }

    /** deadline-service's term.started, as it publishes it (the replica of map- and pvt-service judges dates by it). */
    public void startTerm(UUID id, LocalDate start, LocalDate endExclusive) {
        produceDeadline(new TermStarted(id, start, endExclusive));
        awaitReplica(id, k -> k.term() != null && k.term().start().equals(start));
    }

    /** deadline-service's term.extended to a new exclusive end. */
    public void extendTerm(UUID id, LocalDate previousEndExclusive, LocalDate endExclusive) {
        produceDeadline(new TermExtended(id, UUID.randomUUID(), "MED", previousEndExclusive, endExclusive,
                LocalDate.now()));
        awaitReplica(id, k -> k.term() != null && k.term().endExclusive().equals(endExclusive));
    }

    /** pip-service's zroute.completed. */
    public void completeZRoute(UUID id, LocalDate completedOn) {
        produce(new ZRouteCompleted(id, completedOn));
        awaitReplica(id, k -> completedOn.equals(k.zrouteCompletedOn()));
    }

    /** Produces one deadline.events CloudEvent, as deadline-service would. */
    public void produceDeadline(EventPayload payload) {
        topics.produce(Topics.DEADLINE_EVENTS, payload.participantId().toString(), CloudEvents.toJson(
                CloudEvents.wrap(EventSources.DEADLINE_SERVICE, payload, UUID.randomUUID(), Instant.now())));
    }

    /** Waits until the service has consumed the event with this id (any of its consumers). */
    public static void awaitProcessed(String eventId) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> Db.number(
                "select count(*) from processed_event where event_id = :id", Map.of("id", eventId)) > 0);
    }

    /** Waits until {@code consumer} (processed_event.consumer) has consumed the event with this id. */
    public static void awaitProcessed(String eventId, String consumer) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> Db.number(
                "select count(*) from processed_event where event_id = :id and consumer = :consumer",
                Map.of("id", eventId, "consumer", consumer)) > 0);
    }

    public KnownParticipant find(UUID id) {
        ParticipantDirectory directory = Arc.container().instance(ParticipantDirectory.class).get();
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> directory.find(id)));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
