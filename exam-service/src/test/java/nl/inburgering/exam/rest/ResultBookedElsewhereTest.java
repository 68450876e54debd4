package nl.inburgering.exam.rest;

import static io.restassured.RestAssured.given;
import static nl.inburgering.exam.support.ExamApi.PROBLEM;
import static nl.inburgering.exam.support.ExamApi.get;
import static nl.inburgering.exam.support.ExamApi.registerOwn;
import static nl.inburgering.exam.support.ExamApi.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.AuditTrail;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.Outbox;
import nl.inburgering.kit.testing.TestClock;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 2: results of exams booked elsewhere (Mijn Inburgering) reach the municipality from DUO. Recorded
 * by role duo or exam-provider without a registration here, each counts as an attempt, has no payer here, and goes
 * out as exam.result-recorded for pip-service's completion check.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ResultBookedElsewhereTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KnownParticipants participants;
    LocalDate today;

    @BeforeEach
    void setUp() {
        participants = new KnownParticipants(bootstrap);
        today = TestClock.realToday();
    }

    static ValidatableResponse record(String token, UUID participant, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/v1/participants/" + participant + "/results-booked-elsewhere").then();
    }

    static String elsewhere(String component, String level, LocalDate examDate, String result, String reference) {
        return "{\"component\":\"" + component + "\"," + (level == null ? "" : "\"level\":\"" + level + "\",")
                + "\"examDate\":\"" + examDate + "\",\"result\":" + result
                + (reference == null ? "" : ",\"reference\":\"" + reference + "\"") + "}";
    }

    List<JsonNode> resultsOnTopic(UUID participant) throws Exception {
        Outbox.awaitDrained();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> all = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> r : participants.topics().readAll("exam.events",
                r -> participant.toString().equals(r.key()) && r.value().contains("exam.result-recorded"))) {
            all.add(json.readTree(r.value()).get("data"));
        }
        return all;
    }

    @Test
    void aResultBookedElsewhereCountsAsAnAttemptWithoutAPayerAndReachesTheCompletionCheck_issue12() throws Exception {
        UUID participant = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        LocalDate examDate = today.minusDays(40);
        String body = elsewhere("READING", "B1", examDate, result("FAILED", null, 20, examDate.plusDays(14)),
                "DUO-EX-1");
        String registration = record(DevTokens.duo(), participant, body).statusCode(201)
                .body("outcome", equalTo("FAILED")).body("examDate", equalTo(examDate.toString()))
                .extract().path("registrationId");
        record(DevTokens.duo(), participant, body).statusCode(200).body("registrationId", equalTo(registration));
        record(DevTokens.duo(), participant, elsewhere("READING", "B1", examDate,
                result("PASSED", null, 40, examDate.plusDays(14)), "DUO-EX-1")).statusCode(409)
                .contentType(PROBLEM).body("rule", equalTo("DUO-EXAMEN-2"));

        // the exam provider reports a pass of an exam booked elsewhere too
        record(DevTokens.examProvider(), participant, elsewhere("KNM", null, today.minusDays(10),
                result("PASSED", null, null, today.minusDays(3)), null)).statusCode(201);

        get(DevTokens.officer("GM0363"), "/v1/exam-registrations/" + registration).statusCode(200)
                .body("source", equalTo("BOOKED_ELSEWHERE")).body("paymentReason", equalTo("BOOKED_ELSEWHERE"))
                .body("attemptNumber", equalTo(1)).body("status", equalTo("RESULT"));
        // the next READING registered here is the second attempt; a free attempt is still the municipality's
        String next = registerOwn(participant, "READING", "B1", today.plusDays(10));
        get(DevTokens.officer("GM0363"), "/v1/exam-registrations/" + next).statusCode(200)
                .body("attemptNumber", equalTo(2)).body("source", equalTo("BOOKED_HERE"));

        List<JsonNode> published = resultsOnTopic(participant);
        assertThat(published).extracting(d -> d.get("component").asText()).containsExactly("READING", "KNM");
        assertThat(published.get(0).get("registrationId").asText()).isEqualTo(registration);
        assertThat(AuditTrail.count("exam-result.record-booked-elsewhere", UUID.fromString(registration), "SUCCESS"))
                .as("the first record and its repetition").isEqualTo(2);
    }

    @Test
    void theRulesOfAResultHoldForOneBookedElsewhere_N17_DUO_EXAMEN_1() {
        UUID participant = participants.known("GM0363", TargetGroup.FAMILY_OR_OTHER_MIGRANT);
        record(DevTokens.duo(), participant, elsewhere("READING", "B1", today.plusDays(2),
                result("PASSED", null, null, today.plusDays(3)), null)).statusCode(400).contentType(PROBLEM);
        record(DevTokens.duo(), participant, elsewhere("READING", "B1", today.minusDays(5),
                result("PASSED", null, null, today.minusDays(6)), null)).statusCode(409).body("rule", equalTo("N17"));
        record(DevTokens.duo(), participant, elsewhere("KNM", "B1", today.minusDays(5),
                result("PASSED", null, null, today.minusDays(1)), null)).statusCode(400).contentType(PROBLEM);
        record(DevTokens.duo(), participant, elsewhere("READING", "B1", today.minusDays(5),
                result("NO_RESULT", null, null, today.minusDays(1)), null)).statusCode(400).contentType(PROBLEM);
        record(DevTokens.duo(), participant, elsewhere("READING", "B1", today.minusDays(5),
                result("PASSED", null, null, today.minusDays(1)), "bad reference!")).statusCode(400);
    }

    @Test
    void onlyDuoAndTheExamProviderRecordIt() {
        UUID participant = participants.known("GM0363", TargetGroup.FAMILY_OR_OTHER_MIGRANT);
        String body = elsewhere("KNM", null, today.minusDays(5), result("PASSED", null, null, today.minusDays(1)),
                null);
        record(DevTokens.officer("GM0363"), participant, body).statusCode(403);
        record(DevTokens.participant(participant), participant, body).statusCode(403);
        record(DevTokens.duo(), UUID.randomUUID(), body).statusCode(404).contentType(PROBLEM);
    }
}
