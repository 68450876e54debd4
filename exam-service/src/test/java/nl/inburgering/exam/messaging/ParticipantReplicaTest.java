package nl.inburgering.exam.messaging;

import static nl.inburgering.exam.support.ExamApi.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.events.IntegrationOutstandingChanged;
import nl.inburgering.contracts.events.ParticipantMoved;
import nl.inburgering.contracts.events.ParticipantObligationEnded;
import nl.inburgering.contracts.events.ParticipantTargetGroupChanged;
import nl.inburgering.contracts.events.PlanDeleted;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.vocabulary.CompletionRequirement;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.ObligationEndReason;
import nl.inburgering.contracts.vocabulary.RightsAfterChange;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.participants.TargetGroupHistory;
import nl.inburgering.kit.persistence.SqlValues;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.SqlStatements;
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

    /**
     * Issue 15: a known event type the replica does not handle (integration.outstanding-changed is on pip.events for
     * deadline-service) is settled without a transaction: no processed_event row, and the events after it still apply.
     */
    @Test
    void aTypeTheReplicaDoesNotHandleIsSettledWithoutAClaim_issue15() {
        UUID id = UUID.randomUUID();
        participants.produce(KnownParticipants.registered(id, "GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER));
        participants.awaitReplica(id, KnownParticipant::registered);
        UUID ignored = UUID.randomUUID();
        participants.produceRaw(id, KnownParticipants.event(new IntegrationOutstandingChanged(id,
                Set.of(CompletionRequirement.MAP), 1, LocalDate.of(2026, 3, 1)), ignored));
        // Same key, same partition: once this later event shows, the ignored one has been consumed.
        participants.move(id, "GM0363", "GM0599", LocalDate.of(2026, 3, 1));
        assertThat(processedCount(ignored)).isZero();
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
     * Issue 15: the replica consumes a poll at a time, its claims and upserts in one transaction. 40 registrations
     * that reach the broker together are all applied, each claimed once, and in fewer transactions than events (the
     * claims' xmin: the transaction that inserted them).
     */
    @Test
    void eventsThatArriveTogetherAreAppliedInOneTransactionPerPoll_issue15() {
        List<UUID> ids = new java.util.ArrayList<>();
        List<String> values = new java.util.ArrayList<>();
        List<String> eventIds = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID id = UUID.randomUUID();
            UUID eventId = UUID.randomUUID();
            ids.add(id);
            eventIds.add(eventId.toString());
            values.add(KnownParticipants.event(KnownParticipants.registered(id, "GM0363",
                    TargetGroup.ASYLUM_PERMIT_HOLDER), eventId));
        }
        participants.produceRawTogether(ids, values);
        ids.forEach(id -> participants.awaitReplica(id, KnownParticipant::registered));
        String claimed = "from processed_event where consumer = 'participant-replica' and event_id = any(string_to_array(:ids, ','))";
        Map<String, Object> params = Map.of("ids", String.join(",", eventIds));
        assertThat(Db.number("select count(*) " + claimed, params)).isEqualTo(40);
        assertThat(Db.number("select count(distinct cast(xmin as text)) " + claimed, params)).isLessThan(40);
    }

    /**
     * Issue 15: an event whose handler fails (here the database refuses its row) ends alone in the dead-letter topic,
     * named with this consumer, after its retries; the events of the same poll around it are applied and claimed, and
     * it is not claimed. The poll's transaction failed as a whole and its events were consumed again one by one.
     */
    @Test
    void aFailingEventInAPollEndsAloneInTheDlqAndTheOthersAreApplied_issue15() {
        UUID bad = UUID.randomUUID();
        List<UUID> ids = List.of(UUID.randomUUID(), bad, UUID.randomUUID(), UUID.randomUUID());
        List<String> values = new java.util.ArrayList<>();
        UUID badEvent = UUID.randomUUID();
        for (UUID id : ids) {
            values.add(KnownParticipants.event(KnownParticipants.registered(id, "GM0363",
                    TargetGroup.ASYLUM_PERMIT_HOLDER), id.equals(bad) ? badEvent : UUID.randomUUID()));
        }
        Db.execute("create or replace function replica_fault() returns trigger language plpgsql as $$ begin "
                + "if new.participant_id = '" + bad + "' then raise exception 'simulated fault'; end if; "
                + "return new; end $$");
        Db.execute("drop trigger if exists replica_fault on participant_replica");
        Db.execute("create trigger replica_fault before insert or update on participant_replica for each row "
                + "execute function replica_fault()");
        try {
            participants.produceRawTogether(ids, values);
            ConsumerRecord<String, String> dead = participants.topics().await(KnownParticipants.PIP_EVENTS + ".dlq",
                    r -> bad.toString().equals(r.key()), Duration.ofSeconds(60));
            assertThat(new String(dead.headers().lastHeader("dead-letter-consumer").value(), StandardCharsets.UTF_8))
                    .isEqualTo("exam/participant-replica");
            ids.stream().filter(id -> !id.equals(bad))
                    .forEach(id -> participants.awaitReplica(id, KnownParticipant::registered));
            assertThat(processedCount(badEvent)).isZero();
            assertThat(participants.find(bad)).isNull();
        } finally {
            Db.execute("drop trigger if exists replica_fault on participant_replica");
        }
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

    /**
     * The statements that read the replica: each of {@code participant_replica} and its target-group changes,
     * whether in its own statement or a subselect.
     */
    static List<String> replicaReads(SqlStatements sql) {
        return sql.matching(s -> s.strip().toLowerCase().startsWith("select")
                && (s.contains("participant_replica") || s.contains("participant_target_group_change_replica")));
    }

    /** The history as the replica's change table holds it, read as find read it before issue 15 (its own query). */
    static TargetGroupHistory historyFromTheChangeTable(UUID id, TargetGroup initial) {
        List<TargetGroupHistory.Change> changes = Db.rows("select effective_date, target_group, rights "
                        + "from participant_target_group_change_replica where participant_id = :id", Map.of("id", id))
                .stream().map(r -> new TargetGroupHistory.Change(SqlValues.date(r[0]),
                        TargetGroup.valueOf(r[1].toString()), RightsAfterChange.valueOf(r[2].toString())))
                .toList();
        return new TargetGroupHistory(initial, changes);
    }

    /** Issue 15: a participant this service does not know is one statement, and null as before. */
    @Test
    void findOfAnUnknownParticipantIsOneStatementAndNull() {
        UUID unknown = UUID.randomUUID();
        KnownParticipant[] found = new KnownParticipant[1];
        SqlStatements sql = SqlStatements.during(() -> found[0] = participants.find(unknown));
        assertThat(found[0]).isNull();
        assertThat(replicaReads(sql)).hasSize(1);
    }

    /** Issue 15: the replica row and an empty history, in one statement. */
    @Test
    void findWithoutTargetGroupChangesIsOneStatementWithTheInitialGroupOnly() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        KnownParticipant[] found = new KnownParticipant[1];
        SqlStatements sql = SqlStatements.during(() -> found[0] = participants.find(id));

        assertThat(replicaReads(sql)).hasSize(1);
        KnownParticipant k = found[0];
        assertThat(k.registered()).isTrue();
        assertThat(k.targetGroup()).isEqualTo(TargetGroup.ASYLUM_PERMIT_HOLDER);
        assertThat(k.targetGroups()).isEqualTo(TargetGroupHistory.of(TargetGroup.ASYLUM_PERMIT_HOLDER))
                .isEqualTo(historyFromTheChangeTable(id, TargetGroup.ASYLUM_PERMIT_HOLDER));
        assertThat(k.plan()).isNotNull();
    }

    /**
     * Issue 15: several changes, reported out of order and one of them twice (the last report wins), come back in one
     * statement with the history the change table holds, in effective-date order, each with its rights.
     */
    @Test
    void findWithSeveralTargetGroupChangesIsOneStatementWithTheWholeHistory() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        LocalDate march = LocalDate.of(2026, 3, 1);
        LocalDate may = LocalDate.of(2026, 5, 1);
        LocalDate august = LocalDate.of(2026, 8, 1);
        participants.produce(new ParticipantTargetGroupChanged(id, TargetGroup.ASYLUM_PERMIT_HOLDER, august));
        participants.produce(new ParticipantTargetGroupChanged(id, TargetGroup.FAMILY_OR_OTHER_MIGRANT, may));
        participants.produce(new ParticipantTargetGroupChanged(id, TargetGroup.FAMILY_OR_OTHER_MIGRANT, march));
        participants.produce(new ParticipantTargetGroupChanged(id, TargetGroup.FAMILY_OR_OTHER_MIGRANT, may,
                RightsAfterChange.ASYLUM_RIGHTS_KEPT));
        participants.sync(id);

        KnownParticipant[] found = new KnownParticipant[1];
        SqlStatements sql = SqlStatements.during(() -> found[0] = participants.find(id));

        assertThat(replicaReads(sql)).hasSize(1);
        KnownParticipant k = found[0];
        TargetGroupHistory expected = new TargetGroupHistory(TargetGroup.ASYLUM_PERMIT_HOLDER, List.of(
                new TargetGroupHistory.Change(march, TargetGroup.FAMILY_OR_OTHER_MIGRANT,
                        RightsAfterChange.MIGRANT_RIGHTS_GRANTED_ON_REQUEST),
                new TargetGroupHistory.Change(may, TargetGroup.FAMILY_OR_OTHER_MIGRANT,
                        RightsAfterChange.ASYLUM_RIGHTS_KEPT),
                new TargetGroupHistory.Change(august, TargetGroup.ASYLUM_PERMIT_HOLDER,
                        RightsAfterChange.ASYLUM_RIGHTS_GRANTED)));
        assertThat(k.targetGroups()).isEqualTo(expected)
                .isEqualTo(historyFromTheChangeTable(id, TargetGroup.ASYLUM_PERMIT_HOLDER));
        assertThat(k.targetGroup()).isEqualTo(TargetGroup.ASYLUM_PERMIT_HOLDER);
        assertThat(k.targetGroupOn(LocalDate.of(2026, 2, 28))).isEqualTo(TargetGroup.ASYLUM_PERMIT_HOLDER);
        assertThat(k.rightsOn(march)).isEqualTo(TargetGroup.FAMILY_OR_OTHER_MIGRANT);
        assertThat(k.targetGroupOn(may)).isEqualTo(TargetGroup.FAMILY_OR_OTHER_MIGRANT);
        assertThat(k.rightsOn(may)).isEqualTo(TargetGroup.ASYLUM_PERMIT_HOLDER);
        assertThat(k.rightsOn(august)).isEqualTo(TargetGroup.ASYLUM_PERMIT_HOLDER);
    }

    /** Issue 15: the exam overview reads the participant in one statement and the registrations in one more. */
    @Test
    void theExamOverviewReadsTheReplicaOnceAndTheRegistrationsOnce() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        participants.changeTargetGroup(id, TargetGroup.FAMILY_OR_OTHER_MIGRANT, LocalDate.of(2026, 5, 1));

        SqlStatements sql = SqlStatements.during(() ->
                get(DevTokens.duo(), "/v1/participants/" + id + "/exams").statusCode(200));

        assertThat(replicaReads(sql)).hasSize(1);
        assertThat(sql.selectsFrom("exam_registration")).hasSize(1);
    }
}
