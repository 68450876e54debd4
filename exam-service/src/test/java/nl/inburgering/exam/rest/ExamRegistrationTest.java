package nl.inburgering.exam.rest;

import static nl.inburgering.exam.support.ExamApi.PROBLEM;
import static nl.inburgering.exam.support.ExamApi.REGISTRATIONS;
import static nl.inburgering.exam.support.ExamApi.as;
import static nl.inburgering.exam.support.ExamApi.get;
import static nl.inburgering.exam.support.ExamApi.register;
import static nl.inburgering.exam.support.ExamApi.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.TestClock;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /v1/exam-registrations and GET /v1/exam-registrations/{id}: who may register whom, what is refused and
 * why, and what a registration says about its attempt and who pays it.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ExamRegistrationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KnownParticipants participants;
    LocalDate inTwoWeeks;

    @BeforeEach
    void setUp() {
        participants = new KnownParticipants(bootstrap);
        inTwoWeeks = TestClock.realToday().plusDays(14);
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aParticipantRegistersThemselfAndSeesAttemptPayerAndFee() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        var response = register(DevTokens.participant(id), registration(id, "READING", "B1", inTwoWeeks))
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("participantId", equalTo(id.toString()))
                .body("component", equalTo("READING"))
                .body("componentCode", equalTo("LE"))
                .body("level", equalTo("B1"))
                .body("examDate", equalTo(inTwoWeeks.toString()))
                .body("location", equalTo("DUO examenlocatie Amsterdam"))
                .body("attemptNumber", equalTo(1))
                .body("payer", equalTo("MUNICIPALITY"))
                .body("feeCents", equalTo(5000))
                .body("paymentReason", equalTo("FREE_ATTEMPT"))
                .body("paymentRule", equalTo("N7"))
                .body("targetGroupAtRegistration", equalTo("ASYLUM_PERMIT_HOLDER"))
                .body("status", equalTo("REGISTERED"))
                // Issue 8 item 13: an open registration holds its attempt; it has not used it up.
                .body("attemptConsumed", equalTo(false)).body("attempt", equalTo("HELD"))
                .body("lastDayToKeepAttempt", equalTo(inTwoWeeks.minusDays(7).toString()))
                .body("registeredOn", equalTo(TestClock.realToday().toString()))
                .body("result", nullValue())
                .extract();
        String registrationId = response.path("id");
        assertThat(response.header("Location")).endsWith(REGISTRATIONS + "/" + registrationId);

        get(DevTokens.participant(id), REGISTRATIONS + "/" + registrationId)
                .statusCode(200).header("ETag", equalTo("\"0\""))
                .body("id", equalTo(registrationId)).body("payer", equalTo("MUNICIPALITY"));
    }

    @Test
    void anOfficerOfTheMunicipalityRegistersKnmWithoutALevel() {
        UUID id = participants.known("GM0363", TargetGroup.FAMILY_OR_OTHER_MIGRANT);
        register(DevTokens.officer("GM0363"), registration(id, "KNM", null, inTwoWeeks))
                .statusCode(201)
                .body("componentCode", equalTo("KNM"))
                .body("level", nullValue())
                .body("payer", equalTo("PARTICIPANT"))
                .body("paymentReason", equalTo("NOT_AN_ASYLUM_PERMIT_HOLDER"))
                .body("feeCents", equalTo(5000));
    }

    @Test
    void anOfficerOfAnotherMunicipalityGets404AndLearnsNothing() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        register(DevTokens.officer("GM0599"), registration(id, "READING", "B1", inTwoWeeks))
                .statusCode(404).contentType(PROBLEM);
        String registrationId = ExamApiHolder.registerOwn(id, inTwoWeeks);
        get(DevTokens.officer("GM0599"), REGISTRATIONS + "/" + registrationId).statusCode(404).contentType(PROBLEM);
        get(DevTokens.officer("GM0363"), REGISTRATIONS + "/" + registrationId).statusCode(200);
        get(DevTokens.duo(), REGISTRATIONS + "/" + registrationId).statusCode(200);
    }

    @Test
    void aParticipantCanNeitherRegisterNorReadSomeoneElse() {
        UUID me = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        UUID other = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        register(DevTokens.participant(me), registration(other, "READING", "B1", inTwoWeeks))
                .statusCode(404).contentType(PROBLEM);
        String theirs = ExamApiHolder.registerOwn(other, inTwoWeeks);
        get(DevTokens.participant(me), REGISTRATIONS + "/" + theirs).statusCode(404);
        get(DevTokens.participant(other), REGISTRATIONS + "/" + theirs).statusCode(200);
    }

    @Test
    void rolesThatDoNotRegisterGet403AndNoTokenGets401() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String body = registration(id, "READING", "B1", inTwoWeeks);
        register(DevTokens.examProvider(), body).statusCode(403).contentType(PROBLEM);
        register(DevTokens.duo(), body).statusCode(403).contentType(PROBLEM);
        io.restassured.RestAssured.given().contentType("application/json").body(body)
                .when().post(REGISTRATIONS).then().statusCode(401).contentType(PROBLEM);
        io.restassured.RestAssured.given().when().get(REGISTRATIONS + "/" + UUID.randomUUID())
                .then().statusCode(401);
        get(DevTokens.examProvider(), REGISTRATIONS + "/" + UUID.randomUUID()).statusCode(403);
    }

    @Test
    void everyMissingFieldIsListedInOne400() {
        register(DevTokens.officer("GM0363"), "{}")
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("participantId", "component", "examDate", "location"))
                .body("errors.find { it.field == 'examDate' }.code", equalTo("notNull"));
    }

    @Test
    void aLevelThatDoesNotExistForTheComponentIs400OnLevel() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String token = DevTokens.participant(id);
        register(token, registration(id, "READING", "A1", inTwoWeeks))
                .statusCode(400).body("errors", hasSize(1)).body("errors[0].field", equalTo("level"))
                .body("errors[0].code", equalTo("existingExam"))
                .body("errors[0].detail", containsString("LE is not examined at A1"));
        register(token, registration(id, "KNM", "B1", inTwoWeeks))
                .statusCode(400).body("errors[0].field", equalTo("level"))
                .body("errors[0].detail", containsString("KNM has no level"));
        register(token, registration(id, "SPEAKING", null, inTwoWeeks))
                .statusCode(400).body("errors[0].field", equalTo("level"))
                .body("errors[0].detail", containsString("SP needs a level"));
        register(token, registration(id, "LEZEN", "B1", inTwoWeeks))
                .statusCode(400).body("errors[0].field", equalTo("component"));
    }

    @Test
    void anExamDateThatIsNotAfterTodayIs400AlongsideOtherErrors() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String token = DevTokens.participant(id);
        register(token, registration(id, "READING", "B1", TestClock.realToday().minusDays(1)))
                .statusCode(400).body("errors", hasSize(1)).body("errors[0].field", equalTo("examDate"))
                .body("errors[0].code", equalTo("future"));
        register(token, registration(id, "READING", "B1", TestClock.realToday()))
                .statusCode(400).body("errors[0].field", equalTo("examDate"));
        // All problems of one request in one answer.
        register(token, registration(id, "KNM", "B2", TestClock.realToday().minusDays(1)))
                .statusCode(400).body("errors.field", containsInAnyOrder("examDate", "level"));
    }

    @Test
    void todayIsTheServicesTodayAlsoForBeanValidation() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        TestClock.advanceDays(30);
        register(DevTokens.participant(id), registration(id, "READING", "B1", TestClock.realToday().plusDays(10)))
                .statusCode(400).body("errors[0].field", equalTo("examDate"));
    }

    @Test
    void aParticipantExamServiceHasNotHeardOfYetIsToldSoClearly() {
        UUID unknown = UUID.randomUUID();
        register(DevTokens.participant(unknown), registration(unknown, "READING", "B1", inTwoWeeks))
                .statusCode(409).contentType(PROBLEM)
                .body("rule", equalTo("PARTICIPANT-NOT-YET-KNOWN"))
                .body("detail", containsString("not yet received"));
        // An officer cannot be shown to be entitled to an unknown participant: 404, with a hint.
        register(DevTokens.officer("GM0363"), registration(unknown, "READING", "B1", inTwoWeeks))
                .statusCode(404).body("detail", containsString("may not have reached this service yet"));
    }

    @Test
    void anEndedObligationIs409E14() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        participants.endObligation(id, TestClock.realToday().minusDays(1));
        register(DevTokens.officer("GM0363"), registration(id, "READING", "B1", inTwoWeeks))
                .statusCode(409).contentType(PROBLEM).body("rule", equalTo("E14"))
                .body("detail", containsString("E14"));
    }

    /**
     * Issue 8 item 8b: after pip-service's integration.completed the obligation is over (inburgeringsplicht
     * voldaan): a KNM registration is refused instead of being accepted and paid by the municipality.
     */
    @Test
    void afterCompletionNoExamIsRegistered_8b() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        participants.complete(id, TestClock.realToday().minusDays(3));
        register(DevTokens.officer("GM0363"), registration(id, "KNM", null, inTwoWeeks))
                .statusCode(409).contentType(PROBLEM).body("rule", equalTo("VOLDAAN"));
        register(DevTokens.participant(id), registration(id, "READING", "B1", inTwoWeeks))
                .statusCode(409).body("rule", equalTo("VOLDAAN"));
    }

    /**
     * Issue 8 item 8b, E14 (DUO "volledige vrijstelling"): a full exemption from deadline-service closes the case
     * from its date; an exam before that date is still accepted.
     */
    @Test
    void afterAFullExemptionNoExamIsRegisteredFromItsDate_8b() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        participants.exemptFully(id, inTwoWeeks.plusDays(10));
        register(DevTokens.officer("GM0363"), registration(id, "KNM", null, inTwoWeeks)).statusCode(201);
        register(DevTokens.officer("GM0363"), registration(id, "READING", "B1", inTwoWeeks.plusDays(10)))
                .statusCode(409).contentType(PROBLEM).body("rule", equalTo("E14"))
                .body("detail", containsString("full exemption"));
    }

    @Test
    void anObligationEndingAfterTheExamStillAllowsIt() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        participants.endObligation(id, inTwoWeeks.plusDays(30));
        register(DevTokens.officer("GM0363"), registration(id, "READING", "B1", inTwoWeeks)).statusCode(201);
        register(DevTokens.officer("GM0363"), registration(id, "READING", "B1", inTwoWeeks.plusDays(30)))
                .statusCode(409).body("rule", equalTo("E14"));
    }

    @Test
    void theSameRequestWithTheSameIdempotencyKeyRegistersOnce() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String token = DevTokens.participant(id);
        String body = registration(id, "LISTENING", "B1", inTwoWeeks);
        String key = UUID.randomUUID().toString();
        String first = as(token).header("Idempotency-Key", key).contentType("application/json").body(body)
                .when().post(REGISTRATIONS).then().statusCode(201).extract().path("id");
        as(token).header("Idempotency-Key", key).contentType("application/json").body(body)
                .when().post(REGISTRATIONS).then().statusCode(201).body("id", equalTo(first))
                .body("attemptNumber", equalTo(1));
        get(token, "/v1/participants/" + id + "/exams").statusCode(200).body("registrations", hasSize(1));

        // The same key for another request is refused …
        as(token).header("Idempotency-Key", key).contentType("application/json")
                .body(registration(id, "LISTENING", "B2", inTwoWeeks))
                .when().post(REGISTRATIONS).then().statusCode(409).body("rule", equalTo("Idempotency-Key"));
        // … and a key replays only its own caller's answer: the officer's request with the same key is new (for
        // another day: the same day would be a double booking, 12b).
        String officers = as(DevTokens.officer("GM0363")).header("Idempotency-Key", key)
                .contentType("application/json").body(registration(id, "LISTENING", "B1", inTwoWeeks.plusDays(1)))
                .when().post(REGISTRATIONS).then().statusCode(201).body("id", not(equalTo(first)))
                .body("attemptNumber", equalTo(2)).extract().path("id");
        assertThat(officers).isNotEqualTo(first);
    }

    @Test
    void anUnknownRegistrationIs404() {
        get(DevTokens.duo(), REGISTRATIONS + "/" + UUID.randomUUID()).statusCode(404).contentType(PROBLEM);
        get(DevTokens.duo(), REGISTRATIONS + "/not-a-uuid").statusCode(404);
    }

    @Test
    void registrationsAndRefusalsAreAudited() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registrationId = ExamApiHolder.registerOwn(id, inTwoWeeks);
        get(DevTokens.officer("GM0599"), REGISTRATIONS + "/" + registrationId).statusCode(404);
        get(DevTokens.officer("GM0363"), REGISTRATIONS + "/" + registrationId).statusCode(200);
        assertThat(auditResults(registrationId)).contains("exam-registration.create:SUCCESS:" + id,
                "exam-registration.read:DENIED:officer-GM0599", "exam-registration.read:SUCCESS:officer-GM0363");
    }

    static java.util.List<String> auditResults(String objectId) {
        return Db.texts("select action || ':' || result || ':' || actor from audit_record where object_id = :id "
                + "order by at", java.util.Map.of("id", objectId));
    }

    /** Registration helper for tests that need one registration and do not look at it. */
    static final class ExamApiHolder {
        static String registerOwn(UUID participantId, LocalDate examDate) {
            return nl.inburgering.exam.support.ExamApi.registerOwn(participantId, "READING", "B1", examDate);
        }
    }

    /** Issue 8 item 12b (decision, RuleCodes.ONE_SITTING_PER_DAY): two bookings of one component on one day. */
    @Test
    void aSecondBookingOfTheSameComponentOnTheSameDayIsRefused_12b() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String first = register(DevTokens.participant(id), registration(id, "READING", "B1", inTwoWeeks))
                .statusCode(201).body("attemptNumber", equalTo(1)).extract().path("id");
        register(DevTokens.participant(id), registration(id, "READING", "B1", inTwoWeeks))
                .statusCode(409).body("rule", equalTo("EXAM-ONE-SITTING-PER-DAY"));
        // Another component that day, and the same component another day, are separate sittings.
        register(DevTokens.participant(id), registration(id, "LISTENING", "B1", inTwoWeeks)).statusCode(201);
        register(DevTokens.participant(id), registration(id, "READING", "B1", inTwoWeeks.plusDays(7)))
                .statusCode(201).body("attemptNumber", equalTo(2));
        // Once the first is cancelled (in time: two weeks ahead), the day is free again and the attempt with it.
        nl.inburgering.exam.support.ExamApi.cancel(DevTokens.participant(id), first).statusCode(201);
        register(DevTokens.participant(id), registration(id, "READING", "B1", inTwoWeeks)).statusCode(201);
    }

    /** Issue 8 item 12b: moving a registration onto a day the component is already booked is refused too. */
    @Test
    void movingABookingOntoADayThatIsTakenIsRefused_12b() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        register(DevTokens.participant(id), registration(id, "READING", "B1", inTwoWeeks)).statusCode(201);
        String later = register(DevTokens.participant(id), registration(id, "READING", "B1", inTwoWeeks.plusDays(7)))
                .statusCode(201).extract().path("id");
        var refused = ExamChangeAndCancellationTest.patch(DevTokens.participant(id), later, "\"0\"",
                "{\"examDate\":\"" + inTwoWeeks + "\"}");
        org.assertj.core.api.Assertions.assertThat(refused.statusCode()).isEqualTo(409);
        org.assertj.core.api.Assertions.assertThat(refused.<String>path("rule")).isEqualTo("EXAM-ONE-SITTING-PER-DAY");
        var moved = ExamChangeAndCancellationTest.patch(DevTokens.participant(id), later, "\"0\"",
                "{\"examDate\":\"" + inTwoWeeks.plusDays(8) + "\"}");
        org.assertj.core.api.Assertions.assertThat(moved.statusCode()).isEqualTo(200);
    }
}
