package nl.inburgering.exam.rest;

import static nl.inburgering.exam.support.ExamApi.REGISTRATIONS;
import static nl.inburgering.exam.support.ExamApi.as;
import static nl.inburgering.exam.support.ExamApi.get;
import static nl.inburgering.exam.support.ExamApi.recordResult;
import static nl.inburgering.exam.support.ExamApi.register;
import static nl.inburgering.exam.support.ExamApi.registerOwn;
import static nl.inburgering.exam.support.ExamApi.registration;
import static nl.inburgering.exam.support.ExamApi.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.exam.service.ExamRegistrationService;
import nl.inburgering.exam.service.ExamResultService;
import nl.inburgering.kit.audit.AuditLog;
import nl.inburgering.kit.testing.AuditTrail;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.Outbox;
import nl.inburgering.kit.testing.TestClock;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §6: one audit record per operation, whatever its answer, under the operation's one action name: SUCCESS
 * for a success, DENIED for a 404 (unknown or not yours), REJECTED for a refusal (409 rule, 412 stale If-Match,
 * 428 missing If-Match). A refusal's record survives the rollback of its transaction, also of the outer one an
 * Idempotency-Key opens, and a success inside that outer transaction is recorded once, not twice.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class AuditOncePerOperationTest {

    static final String CREATE = ExamRegistrationService.CREATE.name();
    static final String CHANGE = ExamRegistrationService.CHANGE.name();
    static final String CANCEL = ExamRegistrationService.CANCEL.name();
    static final String RECORD = ExamResultService.RECORD.name();

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

    UUID asylumPermitHolder() {
        return participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
    }

    /** The records of {@code action} about {@code objectId}, oldest first, as "action RESULT". */
    static List<String> trail(String action, Object objectId) {
        return AuditTrail.of(objectId).stream().filter(r -> r.startsWith(action + " ")).toList();
    }

    static String record(String action, String result) {
        return action + " " + result;
    }

    @Test
    void aRegistrationIsAuditedOnceAgainstItselfARefusalOnceAgainstTheParticipant() {
        UUID id = asylumPermitHolder();
        String body = registration(id, "READING", "B1", today.plusDays(14));

        String created = register(DevTokens.officer("GM0363"), body).statusCode(201).extract().path("id");
        assertThat(AuditTrail.of(created)).containsExactly(record(CREATE, AuditLog.SUCCESS));

        // 404: not this officer's participant; and a participant nobody knows.
        register(DevTokens.officer("GM0599"), body).statusCode(404);
        assertThat(AuditTrail.of(id)).containsExactly(record(CREATE, AuditLog.DENIED));
        UUID unknown = UUID.randomUUID();
        register(DevTokens.officer("GM0363"), registration(unknown, "READING", "B1", today.plusDays(14)))
                .statusCode(404);
        assertThat(AuditTrail.of(unknown)).containsExactly(record(CREATE, AuditLog.DENIED));

        // 409 E14: the obligation has ended. Nothing of the refused registration remains but its record.
        UUID ended = asylumPermitHolder();
        participants.endObligation(ended, today.minusDays(1));
        register(DevTokens.officer("GM0363"), registration(ended, "READING", "B1", today.plusDays(14)))
                .statusCode(409).body("rule", equalTo("E14"));
        assertThat(AuditTrail.of(ended)).containsExactly(record(CREATE, AuditLog.REJECTED));
        Outbox.awaitDrained();
        assertThat(Outbox.appended("nl.inburgering.exam.registered", ended)).isZero();
        assertThat(Outbox.appended("nl.inburgering.exam.registered", id)).isEqualTo(1);

        // 409 PARTICIPANT-NOT-YET-KNOWN: a participant registering themself before pip.events brought them.
        UUID early = UUID.randomUUID();
        register(DevTokens.participant(early), registration(early, "READING", "B1", today.plusDays(14)))
                .statusCode(409);
        assertThat(AuditTrail.of(early)).containsExactly(record(CREATE, AuditLog.REJECTED));
    }

    @Test
    void withAnIdempotencyKeyASuccessIsAuditedOnceAndARefusalSurvivesTheOuterRollback() {
        UUID id = asylumPermitHolder();
        String created = as(DevTokens.participant(id)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(registration(id, "KNM", null, today.plusDays(14)))
                .when().post(REGISTRATIONS).then().statusCode(201).extract().path("id");
        assertThat(AuditTrail.of(created)).containsExactly(record(CREATE, AuditLog.SUCCESS));

        UUID ended = asylumPermitHolder();
        participants.endObligation(ended, today.minusDays(1));
        as(DevTokens.participant(ended)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(registration(ended, "KNM", null, today.plusDays(14)))
                .when().post(REGISTRATIONS).then().statusCode(409);
        assertThat(AuditTrail.of(ended)).containsExactly(record(CREATE, AuditLog.REJECTED));
    }

    @Test
    void aResultIsAuditedOnceAsRecordedRefusedOrNotFound() {
        UUID id = asylumPermitHolder();
        LocalDate examDate = today.plusDays(5);
        String registration = registerOwn(id, "READING", "B1", examDate);
        TestClock.advanceDays(6);

        recordResult(registration, result("FAILED", null, 12, examDate)).statusCode(201);
        assertThat(trail(RECORD, registration)).containsExactly(record(RECORD, AuditLog.SUCCESS));

        // 409 DUO-EXAMEN-2: a different second result; 409 N17: a result date in the future.
        recordResult(registration, result("PASSED", null, 12, examDate)).statusCode(409)
                .body("rule", equalTo("DUO-EXAMEN-2"));
        recordResult(registration, result("FAILED", null, 12, TestClock.today().plusDays(1))).statusCode(409)
                .body("rule", equalTo("N17"));
        assertThat(trail(RECORD, registration)).containsExactly(record(RECORD, AuditLog.SUCCESS),
                record(RECORD, AuditLog.REJECTED), record(RECORD, AuditLog.REJECTED));

        // The same result again is a success (200), recorded once more as one.
        recordResult(registration, result("FAILED", null, 12, examDate)).statusCode(200);
        assertThat(AuditTrail.count(RECORD, registration, AuditLog.SUCCESS)).isEqualTo(2);

        // 404: no such registration.
        UUID unknown = UUID.randomUUID();
        recordResult(unknown.toString(), result("FAILED", null, 12, examDate)).statusCode(404);
        assertThat(AuditTrail.of(unknown)).containsExactly(record(RECORD, AuditLog.DENIED));
    }

    @Test
    void aChangeIsAuditedOnceForEachAnswer428412404And200() {
        UUID id = asylumPermitHolder();
        String registration = registerOwn(id, "READING", "B1", today.plusDays(20));
        String body = "{\"location\":\"DUO examenlocatie Zwolle\"}";

        assertThat(request(DevTokens.participant(id), null).contentType("application/json").body(body).patch(REGISTRATIONS + "/" + registration)
                .statusCode()).isEqualTo(428);
        assertThat(trail(CHANGE, registration)).containsExactly(record(CHANGE, AuditLog.REJECTED));
        assertThat(request(DevTokens.participant(id), "\"5\"").contentType("application/json").body(body).patch(REGISTRATIONS + "/" + registration)
                .statusCode()).isEqualTo(412);
        assertThat(trail(CHANGE, registration)).containsExactly(record(CHANGE, AuditLog.REJECTED),
                record(CHANGE, AuditLog.REJECTED));
        assertThat(request(DevTokens.officer("GM0599"), "\"0\"").contentType("application/json").body(body).patch(REGISTRATIONS + "/" + registration)
                .statusCode()).isEqualTo(404);
        assertThat(request(DevTokens.officer("GM0363"), "\"0\"").contentType("application/json").body(body).patch(REGISTRATIONS + "/" + registration)
                .statusCode()).isEqualTo(200);
        assertThat(trail(CHANGE, registration)).containsExactly(record(CHANGE, AuditLog.REJECTED),
                record(CHANGE, AuditLog.REJECTED), record(CHANGE, AuditLog.DENIED), record(CHANGE, AuditLog.SUCCESS));
    }

    @Test
    void aCancellationIsAuditedOnceForEachAnswer412201And409() {
        UUID id = asylumPermitHolder();
        String registration = registerOwn(id, "READING", "B1", today.plusDays(20));
        String path = REGISTRATIONS + "/" + registration + "/cancellation";

        assertThat(request(DevTokens.participant(id), "\"3\"").post(path).statusCode()).isEqualTo(412);
        assertThat(request(DevTokens.participant(id), null).post(path).statusCode()).isEqualTo(201);
        assertThat(request(DevTokens.participant(id), null).post(path).statusCode()).isEqualTo(409);
        assertThat(trail(CANCEL, registration)).containsExactly(record(CANCEL, AuditLog.REJECTED),
                record(CANCEL, AuditLog.SUCCESS), record(CANCEL, AuditLog.REJECTED));
        // A read that is not theirs: one DENIED under the read's action.
        get(DevTokens.officer("GM0599"), path).statusCode(404);
        assertThat(trail(ExamRegistrationService.READ.name(), registration))
                .containsExactly(record(ExamRegistrationService.READ.name(), AuditLog.DENIED));
    }

    /** A request as {@code token}, with {@code ifMatch} when not null. */
    static RequestSpecification request(String token, String ifMatch) {
        RequestSpecification request = as(token);
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }
}
