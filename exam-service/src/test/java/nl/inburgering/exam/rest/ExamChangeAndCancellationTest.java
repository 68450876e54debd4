package nl.inburgering.exam.rest;

import static nl.inburgering.exam.support.ExamApi.PROBLEM;
import static nl.inburgering.exam.support.ExamApi.REGISTRATIONS;
import static nl.inburgering.exam.support.ExamApi.as;
import static nl.inburgering.exam.support.ExamApi.cancel;
import static nl.inburgering.exam.support.ExamApi.freeAttemptsLeft;
import static nl.inburgering.exam.support.ExamApi.get;
import static nl.inburgering.exam.support.ExamApi.registerOwn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
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
 * Moving (verzetten, PATCH with If-Match) and cancelling (afmelden) a registration: at least 7 days before the
 * exam keeps the attempt, later uses it up (§4, E19).
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ExamChangeAndCancellationTest {

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

    static ExtractableResponse<Response> patch(String token, String registrationId, String ifMatch, String body) {
        var request = as(token).contentType("application/json").body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().patch(REGISTRATIONS + "/" + registrationId).then().extract();
    }

    @Test
    void cancellingEightDaysBeforeTheExamKeepsTheAttempt() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String token = DevTokens.participant(id);
        String first = registerOwn(id, "READING", "B1", today.plusDays(8));
        assertThat(freeAttemptsLeft(id, "LE")).isEqualTo(1);

        cancel(token, first).statusCode(201).contentType("application/json")
                .header("Location", containsString(REGISTRATIONS + "/" + first + "/cancellation"))
                .body("cancelledOn", equalTo(today.toString()))
                .body("attemptConsumed", equalTo(false))
                .body("status", equalTo("CANCELLED_IN_TIME"))
                .body("lastDayToKeepAttempt", equalTo(today.plusDays(1).toString()));

        assertThat(freeAttemptsLeft(id, "LE")).isEqualTo(2);
        get(token, REGISTRATIONS + "/" + first).statusCode(200)
                .body("status", equalTo("CANCELLED_IN_TIME")).body("attemptConsumed", equalTo(false))
                .body("lastDayToKeepAttempt", nullValue());
        // The next registration is attempt 1 again, and still free.
        as(token).contentType("application/json")
                .body(nl.inburgering.exam.support.ExamApi.registration(id, "READING", "B1", today.plusDays(30)))
                .when().post(REGISTRATIONS).then().statusCode(201)
                .body("attemptNumber", equalTo(1)).body("payer", equalTo("MUNICIPALITY"));
    }

    @Test
    void exactlySevenDaysBeforeStillKeepsTheAttemptSixDoesNot() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String token = DevTokens.participant(id);
        cancel(token, registerOwn(id, "LISTENING", "B1", today.plusDays(7))).statusCode(201)
                .body("attemptConsumed", equalTo(false));
        cancel(token, registerOwn(id, "WRITING", "B1", today.plusDays(6))).statusCode(201)
                .body("attemptConsumed", equalTo(true));
    }

    @Test
    void cancellingThreeDaysBeforeTheExamUsesTheAttemptUp() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String token = DevTokens.participant(id);
        String first = registerOwn(id, "READING", "B1", today.plusDays(3));

        cancel(token, first).statusCode(201)
                .body("attemptConsumed", equalTo(true)).body("status", equalTo("CANCELLED_LATE"));
        get(DevTokens.officer("GM0363"), REGISTRATIONS + "/" + first + "/cancellation").statusCode(200)
                .body("attemptConsumed", equalTo(true)).body("cancelledOn", equalTo(today.toString()));

        assertThat(freeAttemptsLeft(id, "LE")).isEqualTo(1);
        as(token).contentType("application/json")
                .body(nl.inburgering.exam.support.ExamApi.registration(id, "READING", "B1", today.plusDays(30)))
                .when().post(REGISTRATIONS).then().statusCode(201)
                .body("attemptNumber", equalTo(2)).body("payer", equalTo("MUNICIPALITY"));
    }

    @Test
    void cancellingTwiceAfterTheExamOrSomeoneElsesIsRefused() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String token = DevTokens.participant(id);
        String registration = registerOwn(id, "READING", "B1", today.plusDays(10));
        get(token, REGISTRATIONS + "/" + registration + "/cancellation").statusCode(404).contentType(PROBLEM);

        cancel(DevTokens.officer("GM0599"), registration).statusCode(404).contentType(PROBLEM);
        cancel(DevTokens.participant(UUID.randomUUID()), registration).statusCode(404);
        cancel(DevTokens.examProvider(), registration).statusCode(403);
        cancel(DevTokens.duo(), registration).statusCode(403);
        cancel(DevTokens.officer("GM0363"), registration).statusCode(201);
        cancel(token, registration).statusCode(409).contentType(PROBLEM).body("rule", equalTo("§4"))
                .body("detail", containsString("already cancelled"));

        String later = registerOwn(id, "SPEAKING", "B1", today.plusDays(2));
        TestClock.advanceDays(3);
        cancel(token, later).statusCode(409).body("rule", equalTo("§4"))
                .body("detail", containsString("after the exam date"));
        cancel(token, UUID.randomUUID().toString()).statusCode(404);
    }

    @Test
    void aStaleIfMatchOnCancellationIs412() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registration = registerOwn(id, "READING", "B1", today.plusDays(20));
        as(DevTokens.participant(id)).header("If-Match", "\"7\"")
                .when().post(REGISTRATIONS + "/" + registration + "/cancellation")
                .then().statusCode(412).contentType(PROBLEM);
        as(DevTokens.participant(id)).header("If-Match", "\"0\"")
                .when().post(REGISTRATIONS + "/" + registration + "/cancellation")
                .then().statusCode(201);
    }

    @Test
    void movingInTimeKeepsTheRegistrationItsAttemptAndPayer() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String token = DevTokens.participant(id);
        String registration = registerOwn(id, "READING", "B1", today.plusDays(10));

        var moved = patch(token, registration, "\"0\"",
                "{\"examDate\":\"" + today.plusDays(24) + "\",\"location\":\"DUO examenlocatie Utrecht\"}");
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.<String>path("id")).isEqualTo(registration);
        assertThat(moved.<String>path("examDate")).isEqualTo(today.plusDays(24).toString());
        assertThat(moved.<String>path("location")).isEqualTo("DUO examenlocatie Utrecht");
        assertThat(moved.<Integer>path("attemptNumber")).isEqualTo(1);
        assertThat(moved.<String>path("payer")).isEqualTo("MUNICIPALITY");
        assertThat(moved.header("ETag")).isEqualTo("\"1\"");

        // A change of place only, by the officer, with the new ETag.
        var place = patch(DevTokens.officer("GM0363"), registration, moved.header("ETag"),
                "{\"location\":\"DUO examenlocatie Zwolle\"}");
        assertThat(place.statusCode()).isEqualTo(200);
        assertThat(place.<String>path("location")).isEqualTo("DUO examenlocatie Zwolle");
        assertThat(place.<String>path("examDate")).isEqualTo(today.plusDays(24).toString());
        assertThat(freeAttemptsLeft(id, "LE")).isEqualTo(1);
    }

    @Test
    void movingLateUsesTheAttemptUpAndMakesANewRegistration() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String token = DevTokens.participant(id);
        String registration = registerOwn(id, "READING", "B1", today.plusDays(3));

        var moved = patch(token, registration, "\"0\"", "{\"examDate\":\"" + today.plusDays(30) + "\"}");
        assertThat(moved.statusCode()).isEqualTo(201);
        String replacement = moved.path("id");
        assertThat(replacement).isNotEqualTo(registration);
        assertThat(moved.header("Location")).endsWith(REGISTRATIONS + "/" + replacement);
        assertThat(moved.<Integer>path("attemptNumber")).isEqualTo(2);
        assertThat(moved.<String>path("replacesRegistrationId")).isEqualTo(registration);
        assertThat(moved.<String>path("location")).isEqualTo("DUO examenlocatie Amsterdam");

        get(token, REGISTRATIONS + "/" + registration).statusCode(200)
                .body("status", equalTo("CANCELLED_LATE")).body("attemptConsumed", equalTo(true))
                .body("replacedByRegistrationId", equalTo(replacement));
        assertThat(freeAttemptsLeft(id, "LE")).isEqualTo(0);
    }

    @Test
    void aChangeNeedsACurrentIfMatchAndSomethingToChange() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String token = DevTokens.participant(id);
        String registration = registerOwn(id, "READING", "B1", today.plusDays(20));
        String body = "{\"examDate\":\"" + today.plusDays(25) + "\"}";

        var missing = patch(token, registration, null, body);
        assertThat(missing.statusCode()).isEqualTo(428);
        assertThat(missing.contentType()).isEqualTo(PROBLEM);
        assertThat(missing.<String>path("detail")).contains("If-Match");
        assertThat(patch(token, registration, "\"3\"", body).statusCode()).isEqualTo(412);
        assertThat(patch(token, registration, "garbage", body).statusCode()).isEqualTo(412);

        var empty = patch(token, registration, "\"0\"", "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.<String>path("errors[0].field")).isEqualTo("body");
        var past = patch(token, registration, "\"0\"",
                "{\"examDate\":\"" + today.minusDays(1) + "\",\"location\":\" \"}");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.<java.util.List<String>>path("errors.field")).containsExactlyInAnyOrder("examDate", "location");

        assertThat(patch(DevTokens.officer("GM0599"), registration, "\"0\"", body).statusCode()).isEqualTo(404);
        assertThat(patch(DevTokens.examProvider(), registration, "\"0\"", body).statusCode()).isEqualTo(403);
        // Nothing above changed it.
        get(token, REGISTRATIONS + "/" + registration).statusCode(200).header("ETag", equalTo("\"0\""))
                .body("examDate", equalTo(today.plusDays(20).toString()));
    }

    @Test
    void aCancelledRegistrationCannotBeMoved() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String token = DevTokens.participant(id);
        String registration = registerOwn(id, "READING", "B1", today.plusDays(20));
        cancel(token, registration).statusCode(201);
        String current = get(token, REGISTRATIONS + "/" + registration).extract().header("ETag");
        assertThat(current).isEqualTo("\"1\"");
        var refused = patch(token, registration, current, "{\"examDate\":\"" + today.plusDays(40) + "\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.<String>path("rule")).isEqualTo("§4");
    }

    @Test
    void anExamCannotBeMovedPastTheEndOfTheObligation() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registration = registerOwn(id, "READING", "B1", today.plusDays(10));
        participants.endObligation(id, today.plusDays(15));
        var refused = patch(DevTokens.participant(id), registration, "\"0\"",
                "{\"examDate\":\"" + today.plusDays(20) + "\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.<String>path("rule")).isEqualTo("E14");
        assertThat(patch(DevTokens.participant(id), registration, "\"0\"",
                "{\"examDate\":\"" + today.plusDays(12) + "\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void mergePatchIsAcceptedToo() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registration = registerOwn(id, "READING", "B1", today.plusDays(20));
        as(DevTokens.participant(id)).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"location\":\"DUO examenlocatie Den Haag\"}")
                .when().patch(REGISTRATIONS + "/" + registration)
                .then().statusCode(200).body("location", equalTo("DUO examenlocatie Den Haag"))
                .header("ETag", not(equalTo("\"0\"")));
    }
}
