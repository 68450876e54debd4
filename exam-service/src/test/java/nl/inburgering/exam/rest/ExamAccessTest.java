package nl.inburgering.exam.rest;

import static io.restassured.RestAssured.given;
import static nl.inburgering.exam.support.ExamApi.REGISTRATIONS;
import static nl.inburgering.exam.support.ExamApi.cancel;
import static nl.inburgering.exam.support.ExamApi.recordResult;
import static nl.inburgering.exam.support.ExamApi.registerOwn;
import static nl.inburgering.exam.support.ExamApi.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.TestClock;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §6 for every endpoint, as one table: no token 401; a role that has no business there 403; an officer of
 * another municipality and another participant 404 (they must not learn that the record exists); the
 * participant themself, their municipality's officer and DUO see their data.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ExamAccessTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    record Call(String method, String path, String contentType, String body, String ifMatch) {
        Call(String method, String path, String contentType, String body) {
            this(method, path, contentType, body, null);
        }

        int status(String token) {
            RequestSpecification request = token == null ? given() : given().auth().oauth2(token);
            if (contentType != null) {
                request = request.contentType(contentType).body(body);
            }
            if (ifMatch != null) {
                request = request.header("If-Match", ifMatch);
            }
            return request.accept("*/*").when().request(method, path).then().extract().statusCode();
        }
    }

    @Test
    void everyEndpointAnswersEachCallerAsDesign6Says() {
        KnownParticipants participants = new KnownParticipants(bootstrap);
        LocalDate examDate = TestClock.realToday().plusDays(3);
        UUID owner = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String withResult = registerOwn(owner, "READING", "B1", examDate);
        String cancelled = registerOwn(owner, "KNM", null, examDate.plusDays(20));
        cancel(DevTokens.participant(owner), cancelled).statusCode(201);
        TestClock.advanceDays(3);
        recordResult(withResult, result("FAILED", null, null, examDate)).statusCode(201);

        String own = DevTokens.participant(owner);
        String officer = DevTokens.officer("GM0363");
        String otherOfficer = DevTokens.officer("GM0599");
        String otherParticipant = DevTokens.participant(UUID.randomUUID());
        String duo = DevTokens.duo();
        String provider = DevTokens.examProvider();

        // Reads: own, officer and DUO 200; the wrong municipality and someone else 404; exam provider 403.
        List<Call> reads = List.of(
                new Call("GET", REGISTRATIONS + "/" + withResult, null, null),
                new Call("GET", REGISTRATIONS + "/" + cancelled + "/cancellation", null, null),
                new Call("GET", REGISTRATIONS + "/" + withResult + "/result", null, null),
                new Call("GET", REGISTRATIONS + "/" + withResult + "/result-letter", null, null),
                new Call("GET", "/v1/participants/" + owner + "/exams", null, null),
                new Call("GET", "/v1/participants/" + owner + "/exams/free-attempts", null, null));
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("none", 401);
        expected.put("provider", 403);
        expected.put("otherOfficer", 404);
        expected.put("otherParticipant", 404);
        expected.put("own", 200);
        expected.put("officer", 200);
        expected.put("duo", 200);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("none", null);
        tokens.put("provider", provider);
        tokens.put("otherOfficer", otherOfficer);
        tokens.put("otherParticipant", otherParticipant);
        tokens.put("own", own);
        tokens.put("officer", officer);
        tokens.put("duo", duo);
        for (Call call : reads) {
            for (var who : expected.entrySet()) {
                assertThat(call.status(tokens.get(who.getKey())))
                        .as(who.getKey() + " " + call.method() + " " + call.path()).isEqualTo(who.getValue());
            }
        }

        // Changes: 401, 403 for roles that do not change registrations, 404 for the wrong municipality and someone
        // else; the owner's answer is the rule's (409: the exam took place, or it was cancelled already).
        String registrationBody = "{\"participantId\":\"" + owner + "\",\"component\":\"READING\",\"level\":\"B1\","
                + "\"examDate\":\"" + examDate.plusDays(30) + "\",\"location\":\"Zwolle\"}";
        List<Call> changes = List.of(
                new Call("PATCH", REGISTRATIONS + "/" + withResult, "application/json", "{\"location\":\"Zwolle\"}",
                        given().auth().oauth2(own).get(REGISTRATIONS + "/" + withResult).header("ETag")),
                new Call("POST", REGISTRATIONS + "/" + cancelled + "/cancellation", null, null));
        for (Call call : changes) {
            String what = call.method() + " " + call.path();
            assertThat(call.status(null)).as("none " + what).isEqualTo(401);
            assertThat(call.status(provider)).as("provider " + what).isEqualTo(403);
            assertThat(call.status(duo)).as("duo " + what).isEqualTo(403);
            assertThat(call.status(otherOfficer)).as("otherOfficer " + what).isEqualTo(404);
            assertThat(call.status(otherParticipant)).as("otherParticipant " + what).isEqualTo(404);
            assertThat(call.status(own)).as("own " + what).isEqualTo(409);
            assertThat(call.status(officer)).as("officer " + what).isEqualTo(409);
        }
        Call register = new Call("POST", REGISTRATIONS, "application/json", registrationBody);
        assertThat(register.status(otherParticipant)).isEqualTo(404);
        assertThat(register.status(otherOfficer)).isEqualTo(404);

        // Results: only the exam provider.
        Call record = new Call("POST", REGISTRATIONS + "/" + withResult + "/result", "application/json",
                "{\"outcome\":\"FAILED\",\"resultDate\":\"" + examDate + "\"}");
        assertThat(record.status(null)).isEqualTo(401);
        for (String token : List.of(own, officer, duo, otherOfficer)) {
            assertThat(record.status(token)).isEqualTo(403);
        }
        assertThat(record.status(provider)).isEqualTo(200);
    }
}
