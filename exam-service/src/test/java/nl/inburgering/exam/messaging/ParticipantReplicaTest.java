package nl.inburgering.exam.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.events.EventPayload;
import nl.inburgering.contracts.events.ParticipantMoved;
import nl.inburgering.contracts.events.ParticipantObligationEnded;
import nl.inburgering.contracts.vocabulary.ObligationEndReason;
import nl.inburgering.contracts.events.ParticipantRegistered;
import nl.inburgering.contracts.events.ParticipantTargetGroupChanged;
import nl.inburgering.contracts.events.PlanDeleted;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.participants.ParticipantDirectory;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.localstack.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * exam-service keeps a local copy of participants from pip.events, through the real broker (DESIGN §1, §5):
 * idempotently, in any order, and a poison message goes to the DLQ without stopping the consumer.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ParticipantReplicaTest {

    @Inject
    ParticipantDirectory directory;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    TopicReader topics() {
        return new TopicReader(bootstrap);
    }

    static String event(EventPayload payload, UUID id) {
        return CloudEvents.toJson(CloudEvents.wrap(EventSources.PIP_SERVICE, payload, id, Instant.now()));
    }

    static ParticipantRegistered registered(UUID id, String municipality) {
        return new ParticipantRegistered(id, municipality, TargetGroup.ASYLUM_PERMIT_HOLDER, LocalDate.of(1990, 4, 12),
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 10), null);
    }

    KnownParticipant known(UUID id) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> directory.find(id)));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    KnownParticipant awaitKnown(UUID id, java.util.function.Predicate<KnownParticipant> condition) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> known(id), k -> k != null && condition.test(k));
    }

    long processedCount(UUID eventId) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("select count(*) from processed_event where event_id = :id", Long.class)
                        .setParameter("id", eventId.toString()).getSingleResult())));
    }

    @Test
    void participantRegisteredReachesExamServiceThroughTheBroker() {
        UUID id = UUID.randomUUID();
        topics().produce("pip.events", id.toString(), event(registered(id, "GM0363"), UUID.randomUUID()));
        KnownParticipant k = awaitKnown(id, KnownParticipant::registered);
        assertThat(k.municipalityCode()).isEqualTo("GM0363");
        assertThat(k.targetGroup()).isEqualTo(TargetGroup.ASYLUM_PERMIT_HOLDER);
        assertThat(k.notificationDate()).isEqualTo(LocalDate.of(2026, 1, 20));
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Throwable {
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String registration = event(registered(id, "GM0363"), eventId);
        topics().produce("pip.events", id.toString(), registration);
        awaitKnown(id, KnownParticipant::registered);
        // A move, then the first event delivered again: the replay must not undo the move.
        topics().produce("pip.events", id.toString(), event(new ParticipantMoved(id, "GM0363", "GM0599",
                LocalDate.of(2026, 3, 1)), UUID.randomUUID()));
        awaitKnown(id, k -> "GM0599".equals(k.municipalityCode()));
        topics().produce("pip.events", id.toString(), registration);
        // Same key, same partition: once this later event shows, the redelivery has been consumed.
        topics().produce("pip.events", id.toString(), event(new ParticipantObligationEnded(id,
                ObligationEndReason.NATURALISED, LocalDate.of(2026, 4, 1)), UUID.randomUUID()));
        awaitKnown(id, KnownParticipant::obligationEnded);
        assertThat(known(id).municipalityCode()).isEqualTo("GM0599");
        assertThat(processedCount(eventId)).isEqualTo(1);
    }

    @Test
    void eventsInAnyOrderGiveTheSameCopy() {
        UUID id = UUID.randomUUID();
        // Plan v2 before plan v1, target-group change before the registration.
        topics().produce("pip.events", id.toString(), event(new PlanEstablished(id, UUID.randomUUID(), 2, false,
                LocalDate.of(2026, 6, 1), Route.B1, LanguageLevel.B1, Set.of(ExamComponent.SPEAKING), "GM0363"),
                UUID.randomUUID()));
        topics().produce("pip.events", id.toString(), event(new ParticipantTargetGroupChanged(id,
                TargetGroup.FAMILY_OR_OTHER_MIGRANT, LocalDate.of(2026, 5, 1)), UUID.randomUUID()));
        topics().produce("pip.events", id.toString(), event(new PlanEstablished(id, UUID.randomUUID(), 1, true,
                LocalDate.of(2026, 3, 1), Route.B1, LanguageLevel.B1, Set.of(), "GM0363"), UUID.randomUUID()));
        topics().produce("pip.events", id.toString(), event(registered(id, "GM0363"), UUID.randomUUID()));

        KnownParticipant k = awaitKnown(id, p -> p.registered() && p.plan() != null
                && p.plan().initialDateOfIssue() != null);
        assertThat(k.plan().version()).isEqualTo(2);
        assertThat(k.plan().a2PermittedComponents()).containsExactly(ExamComponent.SPEAKING);
        assertThat(k.plan().initialDateOfIssue()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(k.targetGroup()).isEqualTo(TargetGroup.FAMILY_OR_OTHER_MIGRANT);
    }

    static PlanEstablished initialPlan(UUID id, UUID planId, LocalDate dateOfIssue) {
        return new PlanEstablished(id, planId, 1, true, dateOfIssue, Route.B1, LanguageLevel.B1, Set.of(), "GM0363");
    }

    @Test
    void aDeletedPlanLeavesNoPlanAndALaterPipIsInitialAgain() {
        UUID id = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        topics().produce("pip.events", id.toString(), event(registered(id, "GM0363"), UUID.randomUUID()));
        topics().produce("pip.events", id.toString(),
                event(initialPlan(id, planId, LocalDate.of(2026, 3, 1)), UUID.randomUUID()));
        awaitKnown(id, k -> k.plan() != null && planId.equals(k.plan().planId()));

        topics().produce("pip.events", id.toString(),
                event(new PlanDeleted(id, planId, LocalDate.of(2026, 3, 1)), UUID.randomUUID()));
        KnownParticipant k = awaitKnown(id, p -> p.plan() == null);
        assertThat(k.registered()).isTrue();

        // The next PIP is the initial one again, with its own dagtekening and version 1.
        UUID next = UUID.randomUUID();
        topics().produce("pip.events", id.toString(),
                event(initialPlan(id, next, LocalDate.of(2026, 4, 1)), UUID.randomUUID()));
        k = awaitKnown(id, p -> p.plan() != null);
        assertThat(k.plan().planId()).isEqualTo(next);
        assertThat(k.plan().version()).isEqualTo(1);
        assertThat(k.plan().initialDateOfIssue()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void aDeletionArrivingBeforeItsPlanKeepsThePlanDeleted() {
        UUID id = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        // Out of order (a replay): plan.deleted first, then the plan.established of that plan.
        topics().produce("pip.events", id.toString(),
                event(new PlanDeleted(id, planId, LocalDate.of(2026, 3, 1)), UUID.randomUUID()));
        topics().produce("pip.events", id.toString(),
                event(initialPlan(id, planId, LocalDate.of(2026, 3, 1)), UUID.randomUUID()));
        topics().produce("pip.events", id.toString(), event(registered(id, "GM0363"), UUID.randomUUID()));
        // Same key, same partition: once this later event shows, the two before it have been consumed.
        topics().produce("pip.events", id.toString(), event(new ParticipantObligationEnded(id,
                ObligationEndReason.NATURALISED, LocalDate.of(2026, 4, 1)), UUID.randomUUID()));
        awaitKnown(id, p -> p.registered() && p.obligationEnded());
        assertThat(known(id).plan()).isNull();
    }

    @Test
    void aMalformedEventEndsInTheDlqAndTheNextGoodEventIsStillProcessed() {
        String poisonKey = UUID.randomUUID().toString();
        topics().produce("pip.events", poisonKey, "{ this is not a cloud event");
        UUID id = UUID.randomUUID();
        topics().produce("pip.events", id.toString(), event(registered(id, "GM0363"), UUID.randomUUID()));

        ConsumerRecord<String, String> dead = topics().await("pip.events.dlq", r -> poisonKey.equals(r.key()),
                Duration.ofSeconds(30));
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .isNotBlank();
        awaitKnown(id, KnownParticipant::registered);
    }
}
