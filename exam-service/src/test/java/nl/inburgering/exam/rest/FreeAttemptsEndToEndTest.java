package nl.inburgering.exam.rest;

import static nl.inburgering.exam.support.ExamApi.REGISTRATIONS;
import static nl.inburgering.exam.support.ExamApi.cancel;
import static nl.inburgering.exam.support.ExamApi.freeAttempts;
import static nl.inburgering.exam.support.ExamApi.freeAttemptsLeft;
import static nl.inburgering.exam.support.ExamApi.get;
import static nl.inburgering.exam.support.ExamApi.recordResult;
import static nl.inburgering.exam.support.ExamApi.register;
import static nl.inburgering.exam.support.ExamApi.registration;
import static nl.inburgering.exam.support.ExamApi.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.events.ParticipantTargetGroupChanged;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.RightsAfterChange;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.TestClock;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who pays, end to end over REST and the real broker (N6, N7, E4, E11, seed: "If you fail an exam and have to
 * take it again, the municipality will pay for the exam one more time. After that, you have to pay for it
 * yourself."), and GET /v1/participants/{id}/exams/free-attempts and …/exams.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class FreeAttemptsEndToEndTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KnownParticipants participants;
    LocalDate today;

    @BeforeEach
    void setUp() {
        participants = new KnownParticipants(bootstrap);
        today = TestClock.realToday();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** Registers as the participant; returns the registration as JSON. */
    JsonPath registerAs(UUID participant, String component, String level, LocalDate examDate) {
        return register(DevTokens.participant(participant), registration(participant, component, level, examDate))
                .statusCode(201).extract().jsonPath();
    }

    @Test
    void anAsylumPermitHolderGetsTwoFreeAttemptsPerComponentThenPaysThemself() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        freeAttempts(id).body("items", hasSize(5)).body("items.freeAttemptsLeft", everyItem(equalTo(2)))
                .body("freeAttemptsPerComponent", equalTo(2)).body("targetGroup", equalTo("ASYLUM_PERMIT_HOLDER"));

        // Attempt 1: the municipality pays; it fails.
        JsonPath first = registerAs(id, "WRITING", "B1", today.plusDays(10));
        assertThat(first.getInt("attemptNumber")).isEqualTo(1);
        assertThat(first.getString("payer")).isEqualTo("MUNICIPALITY");
        assertThat(freeAttemptsLeft(id, "SC")).isEqualTo(1);
        TestClock.advanceDays(10);
        recordResult(first.getString("id"), result("FAILED", null, 8, today.plusDays(10))).statusCode(201);

        // Attempt 2, the resit: the municipality pays one more time; it fails too.
        JsonPath second = registerAs(id, "WRITING", "B1", today.plusDays(20));
        assertThat(second.getInt("attemptNumber")).isEqualTo(2);
        assertThat(second.getString("payer")).isEqualTo("MUNICIPALITY");
        assertThat(second.getString("paymentReason")).isEqualTo("FREE_ATTEMPT");
        assertThat(freeAttemptsLeft(id, "SC")).isEqualTo(0);
        TestClock.advanceDays(21);
        recordResult(second.getString("id"), result("FAILED", null, 9, today.plusDays(20))).statusCode(201);

        // Attempt 3: "After that, you have to pay for it yourself."
        JsonPath third = registerAs(id, "WRITING", "B1", today.plusDays(40));
        assertThat(third.getInt("attemptNumber")).isEqualTo(3);
        assertThat(third.getString("payer")).isEqualTo("PARTICIPANT");
        assertThat(third.getString("paymentReason")).isEqualTo("NO_FREE_ATTEMPTS_LEFT");
        assertThat(third.getLong("feeCents")).isEqualTo(5000);

        // Components are counted separately: KNM's first attempt is still free.
        JsonPath knm = registerAs(id, "KNM", null, today.plusDays(40));
        assertThat(knm.getInt("attemptNumber")).isEqualTo(1);
        assertThat(knm.getString("payer")).isEqualTo("MUNICIPALITY");
        freeAttempts(id).body("items.find { it.componentCode == 'SC' }.freeAttemptsLeft", equalTo(0))
                .body("items.find { it.componentCode == 'KNM' }.freeAttemptsLeft", equalTo(1))
                .body("items.find { it.componentCode == 'LE' }.freeAttemptsLeft", equalTo(2));
    }

    @Test
    void aCancellationEightDaysAheadKeepsTheFreeAttemptThreeDaysAheadUsesItUp() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String token = DevTokens.participant(id);
        cancel(token, registerAs(id, "LISTENING", "B1", today.plusDays(8)).getString("id")).statusCode(201);
        assertThat(freeAttemptsLeft(id, "LU")).isEqualTo(2);
        cancel(token, registerAs(id, "LISTENING", "B1", today.plusDays(3)).getString("id")).statusCode(201);
        assertThat(freeAttemptsLeft(id, "LU")).isEqualTo(1);

        JsonPath next = registerAs(id, "LISTENING", "B1", today.plusDays(30));
        assertThat(next.getInt("attemptNumber")).isEqualTo(2);
        assertThat(next.getString("payer")).isEqualTo("MUNICIPALITY");
        JsonPath after = registerAs(id, "LISTENING", "B1", today.plusDays(60));
        assertThat(after.getInt("attemptNumber")).isEqualTo(3);
        assertThat(after.getString("payer")).isEqualTo("PARTICIPANT");
    }

    /**
     * E23 with DUO "Nietverwijtbaar": a late cancellation that DUO afterwards classes as not culpable (ill on the
     * day) gives the attempt back, so the next attempt is still the first and still free. "Afgemeld" does not.
     */
    @Test
    void e23ALateCancellationThatDuoClassesAsNotCulpableGivesTheAttemptBack() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String token = DevTokens.participant(id);
        String ill = registerAs(id, "READING", "B1", today.plusDays(3)).getString("id");
        cancel(token, ill).statusCode(201);
        assertThat(freeAttemptsLeft(id, "LE")).isEqualTo(1);
        TestClock.advanceDays(3);
        recordResult(ill, result("NO_RESULT", "NOT_CULPABLE", null, today.plusDays(3))).statusCode(201);
        get(DevTokens.duo(), REGISTRATIONS + "/" + ill).body("attemptConsumed", equalTo(false))
                .body("attempt", equalTo("NOT_USED"));
        assertThat(freeAttemptsLeft(id, "LE")).isEqualTo(2);

        JsonPath next = registerAs(id, "READING", "B1", today.plusDays(30));
        assertThat(next.getInt("attemptNumber")).isEqualTo(1);
        assertThat(next.getString("payer")).isEqualTo("MUNICIPALITY");

        // A late cancellation reported as "Afgemeld" stays used up.
        String withdrawn = registerAs(id, "SPEAKING", "B1", today.plusDays(5)).getString("id");
        cancel(token, withdrawn).statusCode(201);
        TestClock.advanceDays(5); // the shift counts from the real today
        recordResult(withdrawn, result("NO_RESULT", "WITHDRAWN", null, today.plusDays(5))).statusCode(201);
        assertThat(freeAttemptsLeft(id, "SP")).isEqualTo(1);
    }

    @Test
    void concurrentRegistrationsNeverShareAnAttemptOrAFreeAttempt() throws Exception {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        int n = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.List<java.util.concurrent.Future<JsonPath>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                LocalDate date = today.plusDays(10 + i);
                futures.add(pool.submit(() -> registerAs(id, "READING", "B1", date)));
            }
            java.util.List<Integer> attempts = new java.util.ArrayList<>();
            int paidByMunicipality = 0;
            for (var f : futures) {
                JsonPath r = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                attempts.add(r.getInt("attemptNumber"));
                if ("MUNICIPALITY".equals(r.getString("payer"))) {
                    paidByMunicipality++;
                }
            }
            assertThat(attempts).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
            assertThat(paidByMunicipality).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFamilyMigrantPaysEveryAttempt() {
        UUID id = participants.known("GM0363", TargetGroup.FAMILY_OR_OTHER_MIGRANT);
        freeAttempts(id).body("targetGroup", equalTo("FAMILY_OR_OTHER_MIGRANT"))
                .body("items.freeAttemptsLeft", everyItem(equalTo(0)));
        JsonPath first = registerAs(id, "READING", "B1", today.plusDays(10));
        assertThat(first.getString("payer")).isEqualTo("PARTICIPANT");
        assertThat(first.getString("paymentReason")).isEqualTo("NOT_AN_ASYLUM_PERMIT_HOLDER");
        assertThat(first.getLong("feeCents")).isEqualTo(5000);
    }

    @Test
    void n7E4AnA2ExamBelowAB1PlanIsPaidByTheParticipantUntilALaterPlanPermitsA2ForThatComponentOnly() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        JsonPath before = registerAs(id, "SPEAKING", "A2", today.plusDays(10));
        assertThat(before.getString("payer")).isEqualTo("PARTICIPANT");
        assertThat(before.getString("paymentReason")).isEqualTo("BELOW_PLAN_LEVEL");
        assertThat(freeAttemptsLeft(id, "SP")).isEqualTo(2);

        // A revised plan (afschalen) permits speaking at A2. pip-service publishes such a PIP with DUO's level, the
        // minimum over the components: A2 (issue 8 item 1). READING is still required at B1.
        participants.produce(KnownParticipants.plan(id, 2, LanguageLevel.A2, Set.of(ExamComponent.SPEAKING)));
        participants.awaitReplica(id, k -> k.plan() != null && k.plan().version() == 2);

        JsonPath after = registerAs(id, "SPEAKING", "A2", today.plusDays(20));
        assertThat(after.getString("payer")).isEqualTo("MUNICIPALITY");
        assertThat(after.getInt("attemptNumber")).isEqualTo(2);
        // Other components are still not free below the plan level; the earlier attempt keeps its payer (E4).
        assertThat(registerAs(id, "READING", "A2", today.plusDays(20)).getString("payer")).isEqualTo("PARTICIPANT");
        get(DevTokens.participant(id), REGISTRATIONS + "/" + before.getString("id")).statusCode(200)
                .body("payer", equalTo("PARTICIPANT"));
        assertThat(freeAttemptsLeft(id, "SP")).isEqualTo(1);
    }

    @Test
    void aTargetGroupChangeAppliesToAttemptsRegisteredAfterIt() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        JsonPath first = registerAs(id, "READING", "B1", today.plusDays(10));
        assertThat(first.getString("payer")).isEqualTo("MUNICIPALITY");

        participants.changeTargetGroup(id, TargetGroup.FAMILY_OR_OTHER_MIGRANT, today);

        JsonPath second = registerAs(id, "READING", "B1", today.plusDays(30));
        assertThat(second.getInt("attemptNumber")).isEqualTo(2);
        assertThat(second.getString("payer")).isEqualTo("PARTICIPANT");
        assertThat(second.getString("targetGroupAtRegistration")).isEqualTo("FAMILY_OR_OTHER_MIGRANT");
        get(DevTokens.participant(id), REGISTRATIONS + "/" + first.getString("id")).statusCode(200)
                .body("payer", equalTo("MUNICIPALITY"))
                .body("targetGroupAtRegistration", equalTo("ASYLUM_PERMIT_HOLDER"));
        freeAttempts(id).body("targetGroup", equalTo("FAMILY_OR_OTHER_MIGRANT"))
                .body("items.freeAttemptsLeft", everyItem(equalTo(0)));
    }

    /**
     * E11, SS124 (issue 8 item 3): DUO reports a change to family migrant before it takes effect. Until the
     * effective date the participant is still an asylum permit holder, so the municipality pays; from it, they pay.
     */
    @Test
    void e11AChangeReportedBeforeItsEffectiveDateAppliesOnlyFromThatDate() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        participants.produce(new ParticipantTargetGroupChanged(id, TargetGroup.FAMILY_OR_OTHER_MIGRANT,
                today.plusDays(21)));
        participants.awaitReplica(id, k -> k.targetGroup() == TargetGroup.FAMILY_OR_OTHER_MIGRANT);

        JsonPath before = registerAs(id, "READING", "B1", today.plusDays(30));
        assertThat(before.getString("payer")).isEqualTo("MUNICIPALITY");
        assertThat(before.getString("targetGroupAtRegistration")).isEqualTo("ASYLUM_PERMIT_HOLDER");
        freeAttempts(id).body("targetGroup", equalTo("ASYLUM_PERMIT_HOLDER"));

        TestClock.advanceDays(21);
        JsonPath after = registerAs(id, "WRITING", "B1", today.plusDays(40));
        assertThat(after.getString("payer")).isEqualTo("PARTICIPANT");
        assertThat(after.getString("targetGroupAtRegistration")).isEqualTo("FAMILY_OR_OTHER_MIGRANT");
        freeAttempts(id).body("targetGroup", equalTo("FAMILY_OR_OTHER_MIGRANT"))
                .body("items.freeAttemptsLeft", everyItem(equalTo(0)));
    }

    /**
     * E11, DUO AsielrechtenWijzigingVerblijfsdoel "Behoud asielrechten" (issue 8 item 4): a family migrant who kept
     * asylum rights keeps the free attempts.
     */
    @Test
    void e11BehoudAsielrechtenKeepsTheFreeAttempts() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        participants.produce(new ParticipantTargetGroupChanged(id, TargetGroup.FAMILY_OR_OTHER_MIGRANT, today,
                RightsAfterChange.ASYLUM_RIGHTS_KEPT));
        participants.awaitReplica(id, k -> k.targetGroup() == TargetGroup.FAMILY_OR_OTHER_MIGRANT);

        JsonPath exam = registerAs(id, "LISTENING", "B1", today.plusDays(30));
        assertThat(exam.getString("payer")).isEqualTo("MUNICIPALITY");
        assertThat(exam.getString("targetGroupAtRegistration")).isEqualTo("FAMILY_OR_OTHER_MIGRANT");
        freeAttempts(id).body("targetGroup", equalTo("FAMILY_OR_OTHER_MIGRANT"))
                .body("rightsOf", equalTo("ASYLUM_PERMIT_HOLDER"))
                .body("items.find { it.componentCode == 'LU' }.freeAttemptsLeft", equalTo(1));
    }

    @Test
    void theOverviewShowsEveryRegistrationResultPassedComponentAndFreeAttempts() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String reading1 = registerAs(id, "READING", "B1", today.plusDays(5)).getString("id");
        String knm = registerAs(id, "KNM", null, today.plusDays(6)).getString("id");
        String cancelled = registerAs(id, "SPEAKING", "B1", today.plusDays(30)).getString("id");
        cancel(DevTokens.participant(id), cancelled).statusCode(201);
        TestClock.advanceDays(7);
        recordResult(reading1, result("FAILED", null, 10, today.plusDays(5))).statusCode(201);
        recordResult(knm, result("PASSED", null, 40, today.plusDays(7))).statusCode(201);
        String reading2 = registerAs(id, "READING", "B1", today.plusDays(12)).getString("id");
        TestClock.advanceDays(13);
        recordResult(reading2, result("PASSED", null, 33, today.plusDays(13))).statusCode(201);

        get(DevTokens.officer("GM0363"), "/v1/participants/" + id + "/exams").statusCode(200)
                .body("participantId", equalTo(id.toString()))
                .body("targetGroup", equalTo("ASYLUM_PERMIT_HOLDER"))
                .body("registrations.id", contains(reading1, knm, reading2, cancelled))
                .body("registrations.status", contains("RESULT", "RESULT", "RESULT", "CANCELLED_IN_TIME"))
                .body("registrations[0].result.outcome", equalTo("FAILED"))
                .body("passedComponents.componentCode", contains("LE", "KNM"))
                .body("passedComponents.find { it.componentCode == 'LE' }.registrationId", equalTo(reading2))
                .body("passedComponents.find { it.componentCode == 'LE' }.level", equalTo("B1"))
                .body("freeAttempts.find { it.componentCode == 'LE' }.freeAttemptsLeft", equalTo(0))
                .body("freeAttempts.find { it.componentCode == 'KNM' }.freeAttemptsLeft", equalTo(1))
                .body("freeAttempts.find { it.componentCode == 'SP' }.freeAttemptsLeft", equalTo(2));
    }

    @Test
    void theOverviewAndFreeAttemptsAreForTheParticipantTheirMunicipalityAndDuoOnly() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String exams = "/v1/participants/" + id + "/exams";
        for (String path : new String[] {exams, exams + "/free-attempts"}) {
            get(DevTokens.participant(id), path).statusCode(200);
            get(DevTokens.officer("GM0363"), path).statusCode(200);
            get(DevTokens.duo(), path).statusCode(200);
            get(DevTokens.officer("GM0599"), path).statusCode(404);
            get(DevTokens.participant(UUID.randomUUID()), path).statusCode(404);
            get(DevTokens.examProvider(), path).statusCode(403);
            io.restassured.RestAssured.given().when().get(path).then().statusCode(401);
        }
        get(DevTokens.duo(), "/v1/participants/" + UUID.randomUUID() + "/exams").statusCode(404);
    }

    @Test
    void afterAMoveTheOldMunicipalityReadsForAMonthButOnlyTheNewOneRegisters() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        participants.move(id, "GM0363", "GM0599", today);
        String exams = "/v1/participants/" + id + "/exams";
        get(DevTokens.officer("GM0599"), exams).statusCode(200);
        get(DevTokens.officer("GM0363"), exams).statusCode(200);
        // E10 (issue 8 item 11): read-only for the previous municipality is a 403 that says so; others get 404.
        register(DevTokens.officer("GM0363"), registration(id, "READING", "B1", today.plusDays(10))).statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("only GM0599 may change"));
        register(DevTokens.officer("GM0014"), registration(id, "READING", "B1", today.plusDays(10))).statusCode(404);
        register(DevTokens.officer("GM0599"), registration(id, "READING", "B1", today.plusDays(10))).statusCode(201);
        TestClock.advanceDays(40);
        get(DevTokens.officer("GM0363"), exams).statusCode(404);
    }
}
