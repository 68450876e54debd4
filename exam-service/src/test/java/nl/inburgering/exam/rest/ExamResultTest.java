package nl.inburgering.exam.rest;

import static nl.inburgering.exam.support.ExamApi.PROBLEM;
import static nl.inburgering.exam.support.ExamApi.REGISTRATIONS;
import static nl.inburgering.exam.support.ExamApi.as;
import static nl.inburgering.exam.support.ExamApi.cancel;
import static nl.inburgering.exam.support.ExamApi.get;
import static nl.inburgering.exam.support.ExamApi.recordResult;
import static nl.inburgering.exam.support.ExamApi.registerOwn;
import static nl.inburgering.exam.support.ExamApi.result;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
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
 * POST /v1/exam-registrations/{id}/result (role exam-provider) and GET …/result: PASSED, FAILED or NO_RESULT with
 * DUO's reason; the result date neither before the exam nor in the future (N17); one result per registration.
 * Each test registers for an exam 5 days ahead and then lets the service's clock run to after the exam.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ExamResultTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KnownParticipants participants;
    LocalDate examDate;

    @BeforeEach
    void setUp() {
        participants = new KnownParticipants(bootstrap);
        examDate = TestClock.realToday().plusDays(5);
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A registration whose exam took place yesterday (in the service's time). */
    String examTaken(UUID participantId) {
        String id = registerOwn(participantId, "READING", "B1", examDate);
        TestClock.advanceDays(6);
        return id;
    }

    @Test
    void aPassIsRecordedOnceAndTheSameResultAgainIsAnsweredAsTheFirst() {
        UUID participant = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registration = examTaken(participant);
        String body = result("PASSED", null, 31, examDate.plusDays(1));

        recordResult(registration, body).statusCode(201)
                .header("Location", containsString(REGISTRATIONS + "/" + registration + "/result"))
                .body("registrationId", equalTo(registration))
                .body("participantId", equalTo(participant.toString()))
                .body("componentCode", equalTo("LE"))
                .body("level", equalTo("B1"))
                .body("examDate", equalTo(examDate.toString()))
                .body("outcome", equalTo("PASSED"))
                .body("outcomeCode", equalTo("Geslaagd"))
                .body("noResultReason", nullValue())
                .body("score", equalTo(31))
                .body("resultDate", equalTo(examDate.plusDays(1).toString()));
        recordResult(registration, body).statusCode(200).body("outcome", equalTo("PASSED"));

        get(DevTokens.participant(participant), REGISTRATIONS + "/" + registration + "/result").statusCode(200)
                .body("outcome", equalTo("PASSED"));
        get(DevTokens.officer("GM0363"), REGISTRATIONS + "/" + registration).statusCode(200)
                .body("status", equalTo("RESULT")).body("result.outcome", equalTo("PASSED"))
                .body("result.score", equalTo(31));
    }

    @Test
    void aDifferentSecondResultIs409() {
        UUID participant = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registration = examTaken(participant);
        recordResult(registration, result("FAILED", null, 12, examDate)).statusCode(201);
        recordResult(registration, result("PASSED", null, 12, examDate))
                .statusCode(409).contentType(PROBLEM).body("rule", equalTo("DUO-EXAMEN-2"));
        recordResult(registration, result("FAILED", null, 13, examDate))
                .statusCode(409).body("rule", equalTo("DUO-EXAMEN-2"));
        get(DevTokens.duo(), REGISTRATIONS + "/" + registration + "/result").statusCode(200)
                .body("outcome", equalTo("FAILED")).body("score", equalTo(12));
    }

    @Test
    void theSameRequestWithTheSameIdempotencyKeyGetsTheFirstAnswer() {
        UUID participant = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registration = examTaken(participant);
        String key = UUID.randomUUID().toString();
        String body = result("NO_RESULT", "ABSENT", null, examDate);
        for (int i = 0; i < 2; i++) {
            as(DevTokens.examProvider()).header("Idempotency-Key", key).contentType("application/json").body(body)
                    .when().post(REGISTRATIONS + "/" + registration + "/result")
                    .then().statusCode(201).body("outcome", equalTo("NO_RESULT"))
                    .body("outcomeCode", equalTo("Geen"))
                    .body("noResultReason", equalTo("ABSENT")).body("noResultReasonCode", equalTo("Absent"));
        }
        as(DevTokens.examProvider()).header("Idempotency-Key", key).contentType("application/json")
                .body(result("NO_RESULT", "CULPABLE", null, examDate))
                .when().post(REGISTRATIONS + "/" + registration + "/result")
                .then().statusCode(409).body("rule", equalTo("Idempotency-Key"));
    }

    @Test
    void everyInvalidFieldIsListedInOne400() {
        UUID participant = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registration = examTaken(participant);
        recordResult(registration, "{}").statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("outcome", "resultDate"));
        recordResult(registration, result("NO_RESULT", null, -1, examDate)).statusCode(400)
                .body("errors.field", containsInAnyOrder("noResultReason", "score"));
        recordResult(registration, result("PASSED", "ABSENT", null, examDate)).statusCode(400)
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("noResultReason"))
                .body("errors[0].detail", containsString("only a NO_RESULT carries a reason"));
        recordResult(registration, result("GESLAAGD", null, null, examDate)).statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        recordResult(registration, result("NO_RESULT", "Verwijtbaar", null, examDate)).statusCode(400)
                .body("errors[0].field", equalTo("noResultReason"));
        get(DevTokens.duo(), REGISTRATIONS + "/" + registration + "/result").statusCode(404);
    }

    @Test
    void aResultDateBeforeTheExamOrInTheFutureIs409N17() {
        UUID participant = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registration = examTaken(participant);
        recordResult(registration, result("PASSED", null, null, examDate.minusDays(1)))
                .statusCode(409).body("rule", equalTo("N17")).body("detail", containsString("before the exam date"));
        recordResult(registration, result("PASSED", null, null, TestClock.today().plusDays(1)))
                .statusCode(409).body("rule", equalTo("N17")).body("detail", containsString("in the future"));
        recordResult(registration, result("PASSED", null, null, TestClock.today())).statusCode(201);
    }

    @Test
    void noResultBeforeTheExamHasTakenPlace() {
        UUID participant = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registration = registerOwn(participant, "READING", "B1", examDate);
        recordResult(registration, result("PASSED", null, null, TestClock.realToday()))
                .statusCode(409).body("rule", equalTo("N17"));
    }

    @Test
    void aRegistrationCancelledInTimeGetsNoResultOneCancelledLateOnlyNoResult() {
        UUID participant = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String inTime = registerOwn(participant, "READING", "B1", TestClock.realToday().plusDays(10));
        String late = registerOwn(participant, "KNM", null, examDate);
        cancel(DevTokens.participant(participant), inTime).statusCode(201).body("attemptConsumed", equalTo(false));
        cancel(DevTokens.participant(participant), late).statusCode(201).body("attemptConsumed", equalTo(true));
        TestClock.advanceDays(12);

        recordResult(inTime, result("FAILED", null, null, TestClock.today())).statusCode(409)
                .body("rule", equalTo("§4")).body("detail", containsString("cancelled in time"));
        recordResult(late, result("PASSED", null, null, examDate)).statusCode(409).body("rule", equalTo("§4"));
        recordResult(late, result("NO_RESULT", "WITHDRAWN", null, examDate)).statusCode(201);
        get(DevTokens.participant(participant), REGISTRATIONS + "/" + late).statusCode(200)
                .body("status", equalTo("CANCELLED_LATE")).body("result.noResultReasonCode", equalTo("Afgemeld"));
    }

    @Test
    void onlyTheExamProviderRecordsResults() {
        UUID participant = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registration = examTaken(participant);
        String body = result("PASSED", null, null, examDate);
        for (String token : new String[] {DevTokens.participant(participant), DevTokens.officer("GM0363"),
                DevTokens.duo()}) {
            as(token).contentType("application/json").body(body)
                    .when().post(REGISTRATIONS + "/" + registration + "/result")
                    .then().statusCode(403).contentType(PROBLEM);
        }
        io.restassured.RestAssured.given().contentType("application/json").body(body)
                .when().post(REGISTRATIONS + "/" + registration + "/result").then().statusCode(401);
        recordResult(UUID.randomUUID().toString(), body).statusCode(404).contentType(PROBLEM);
        // Reading a result is for the participant, their municipality and DUO, not for others.
        recordResult(registration, body).statusCode(201);
        get(DevTokens.officer("GM0599"), REGISTRATIONS + "/" + registration + "/result").statusCode(404);
        get(DevTokens.participant(UUID.randomUUID()), REGISTRATIONS + "/" + registration + "/result")
                .statusCode(404);
        get(DevTokens.examProvider(), REGISTRATIONS + "/" + registration + "/result").statusCode(403);
    }

    @Test
    void aResultCannotBeCancelledOrMoved() {
        UUID participant = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registration = registerOwn(participant, "READING", "B1", examDate);
        TestClock.advanceDays(5);
        recordResult(registration, result("FAILED", null, null, examDate)).statusCode(201);
        cancel(DevTokens.participant(participant), registration).statusCode(409).body("rule", equalTo("§4"))
                .body("detail", containsString("result"));
    }
}
