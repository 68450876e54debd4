package nl.inburgering.exam.messaging;

import static nl.inburgering.exam.support.ExamApi.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.events.ParticipantMoved;
import nl.inburgering.contracts.events.ParticipantObligationEnded;
import nl.inburgering.contracts.events.ParticipantTargetGroupChanged;
import nl.inburgering.contracts.events.PlanDeleted;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.ObligationEndReason;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.TestClock;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * exam-service keeps a local copy of participants from pip.events, through the real broker (DESIGN §1, §5):
 * idempotently, in any order, and a poison message goes to the DLQ without stopping the consumer. The copy also
 * answers who may read a participant after a move (§11 E10).
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ParticipantReplicaTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KnownParticipants participants;

    @BeforeEach
    void setUp() {
        participants = new KnownParticipants(bootstrap);
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static PlanEstablished initialPlan(UUID id, UUID planId, LocalDate dateOfIssue) {
        return new PlanEstablished(id, planId, 1, true, dateOfIssue, Route.B1, LanguageLevel.B1, Set.of(), "GM0363");
    }

    static long processedCount(UUID eventId) {
        return Db.number("select count(*) from processed_event where event_id = :id", Map.of("id", eventId.toString()));
    }

    @Test
    void participantRegisteredReachesExamServiceThroughTheBroker() {
        UUID id = UUID.randomUUID();
        participants.produce(KnownParticipants.registered(id, "GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER));
        KnownParticipant k = participants.awaitReplica(id, KnownParticipant::registered);
        assertThat(k.municipalityCode()).isEqualTo("GM0363");
        assertThat(k.targetGroup()).isEqualTo(TargetGroup.ASYLUM_PERMIT_HOLDER);
        assertThat(k.notificationDate()).isEqualTo(LocalDate.of(2026, 1, 20));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String registration = KnownParticipants.event(
                KnownParticipants.registered(id, "GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER), eventId);
        participants.produceRaw(id, registration);
        participants.awaitReplica(id, KnownParticipant::registered);
        // A move, then the first event delivered again: the replay must not undo the move.
        participants.move(id, "GM0363", "GM0599", LocalDate.of(2026, 3, 1));
        participants.produceRaw(id, registration);
        // Same key, same partition: once this later event shows, the redelivery has been consumed.
        participants.endObligation(id, LocalDate.of(2026, 4, 1));
        assertThat(participants.find(id).municipalityCode()).isEqualTo("GM0599");
        assertThat(processedCount(eventId)).isEqualTo(1);
    }

    @Test
    void eventsInAnyOrderGiveTheSameCopy() {
        UUID id = UUID.randomUUID();
        // Plan v2 before plan v1, target-group change before the registration.
        participants.produce(new PlanEstablished(id, UUID.randomUUID(), 2, false, LocalDate.of(2026, 6, 1), Route.B1,
                LanguageLevel.A2, Set.of(ExamComponent.SPEAKING), "GM0363"));
        participants.produce(new ParticipantTargetGroupChanged(id, TargetGroup.FAMILY_OR_OTHER_MIGRANT,
                LocalDate.of(2026, 5, 1)));
        participants.produce(initialPlan(id, UUID.randomUUID(), LocalDate.of(2026, 3, 1)));
        participants.produce(KnownParticipants.registered(id, "GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER));

        KnownParticipant k = participants.awaitReplica(id, p -> p.registered() && p.plan() != null
                && p.plan().initialDateOfIssue() != null);
        assertThat(k.plan().version()).isEqualTo(2);
        assertThat(k.plan().a2PermittedComponents()).containsExactly(ExamComponent.SPEAKING);
        // Issue 8 item 1: DUO's level is the minimum (A2); the replica keeps what each component requires.
        assertThat(k.plan().level()).isEqualTo(LanguageLevel.A2);
        assertThat(k.plan().requiredLevel(ExamComponent.READING)).isEqualTo(LanguageLevel.B1);
        assertThat(k.plan().requiredLevel(ExamComponent.SPEAKING)).isEqualTo(LanguageLevel.A2);
        assertThat(k.plan().requiredLevel(ExamComponent.KNM)).isNull();
        assertThat(k.plan().initialDateOfIssue()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(k.targetGroup()).isEqualTo(TargetGroup.FAMILY_OR_OTHER_MIGRANT);
    }

    @Test
    void aDeletedPlanLeavesNoPlanAndALaterPipIsInitialAgain() {
        UUID id = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        participants.produce(KnownParticipants.registered(id, "GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER));
        participants.produce(initialPlan(id, planId, LocalDate.of(2026, 3, 1)));
        participants.awaitReplica(id, k -> k.plan() != null && planId.equals(k.plan().planId()));

        participants.produce(new PlanDeleted(id, planId, LocalDate.of(2026, 3, 1)));
        KnownParticipant k = participants.awaitReplica(id, p -> p.plan() == null);
        assertThat(k.registered()).isTrue();

        // The next PIP is the initial one again, with its own dagtekening and version 1.
        UUID next = UUID.randomUUID();
        participants.produce(initialPlan(id, next, LocalDate.of(2026, 4, 1)));
        k = participants.awaitReplica(id, p -> p.plan() != null);
        assertThat(k.plan().planId()).isEqualTo(next);
        assertThat(k.plan().version()).isEqualTo(1);
        assertThat(k.plan().initialDateOfIssue()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void aDeletionArrivingBeforeItsPlanKeepsThePlanDeleted() {
        UUID id = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        // Out of order (a replay): plan.deleted first, then the plan.established of that plan.
        participants.produce(new PlanDeleted(id, planId, LocalDate.of(2026, 3, 1)));
        participants.produce(initialPlan(id, planId, LocalDate.of(2026, 3, 1)));
        participants.produce(KnownParticipants.registered(id, "GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER));
        // Same key, same partition: once this later event shows, the three before it have been consumed.
        participants.produce(new ParticipantObligationEnded(id, ObligationEndReason.NATURALISED,
                LocalDate.of(2026, 4, 1)));
        participants.awaitReplica(id, p -> p.registered() && p.obligationEnded());
        assertThat(participants.find(id).plan()).isNull();
    }

    @Test
    void aMalformedEventEndsInTheDlqAndTheNextGoodEventIsStillProcessed() {
        String poisonKey = UUID.randomUUID().toString();
        participants.topics().produce(KnownParticipants.PIP_EVENTS, poisonKey, "{ this is not a cloud event");
        UUID id = UUID.randomUUID();
        participants.produce(KnownParticipants.registered(id, "GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER));

        ConsumerRecord<String, String> dead = participants.topics().await(KnownParticipants.PIP_EVENTS + ".dlq",
                r -> poisonKey.equals(r.key()), Duration.ofSeconds(30));
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .isNotBlank();
        participants.awaitReplica(id, KnownParticipant::registered);
    }

    /**
     * §11 E10: after a move the previous municipality may read the participant until the day pip-service names in
     * participant.moved, and not after it. Five days here, so that the one-month default (for events without the
     * field) would still let it read on day six.
     */
    @Test
    void thePreviousMunicipalityReadsUntilTheDayTheMoveNamesAndNotAfter() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        LocalDate today = TestClock.realToday();
        LocalDate until = today.plusDays(5);
        participants.move(new ParticipantMoved(id, "GM0363", "GM0599", today, until));
        assertThat(participants.find(id).previousMunicipalityUntil()).isEqualTo(until);

        String exams = "/v1/participants/" + id + "/exams";
        get(DevTokens.officer("GM0363"), exams).statusCode(200);
        TestClock.advanceDays(5);
        get(DevTokens.officer("GM0363"), exams).statusCode(200);
        TestClock.advanceDays(6);
        get(DevTokens.officer("GM0363"), exams).statusCode(404);
        get(DevTokens.officer("GM0363"), exams + "/free-attempts").statusCode(404);
        // The new municipality reads on, and a third one never could.
        get(DevTokens.officer("GM0599"), exams).statusCode(200);
        get(DevTokens.officer("GM0518"), exams).statusCode(404);
    }
}
