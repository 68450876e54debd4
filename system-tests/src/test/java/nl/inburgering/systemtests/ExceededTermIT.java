package nl.inburgering.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.events.ExamResultRecorded;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.testing.TestBsns;
import nl.inburgering.localstack.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (tests): a term that expired without completion is exceeded, with what is still open as pip-service's
 * completion check says; DUO's extension after the expiry reopens it (E6); the participant then completes and the
 * term closes on time against the extended end. Over the five packaged services; the exam results are produced to
 * exam.events as exam-service publishes them (a past result without a registration here is issue 12 item 2).
 */
class ExceededTermIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void anExpiredTermIsExceededThenAnExtensionAfterExpiryReopensItAndTheParticipantCompletes_E6() throws Exception {
        String officer = DevTokens.officer("GM0363");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate dateOfIssue = today.minusYears(3).minusDays(20); // the term ended 19 days ago
        String id = given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(DevTokens.duo())
                .contentType("application/json")
                .body("""
                        {"bsn":"%s","name":"A. Haddad","dateOfBirth":"1994-07-01","targetGroup":"FAMILY_OR_OTHER_MIGRANT",
                         "municipalityCode":"GM0363","obligationStartDate":"%s","notificationDate":"%s",
                         "municipalityRegistrationDate":"%s"}""".formatted(TestBsns.random(),
                        dateOfIssue.minusMonths(3), dateOfIssue.minusMonths(2), dateOfIssue.minusMonths(3)))
                .when().post("/v1/participants").then().statusCode(201).extract().path("id");
        UUID participant = UUID.fromString(id);
        given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(officer).contentType("application/json")
                .body("{\"dateOfIssue\":\"" + dateOfIssue + "\",\"route\":\"EDUCATION\",\"level\":\"B1\"}")
                .when().post("/v1/participants/" + id + "/plans").then().statusCode(201);
        LocalDate end = dateOfIssue.plusDays(1).plusYears(3);

        TopicReader topics = new TopicReader(system.stack().kafkaBootstrapServers());
        LocalDate day = today.minusMonths(8);
        int i = 0;
        for (ExamComponent c : ExamComponent.values()) {
            topics.produce("exam.events", id, CloudEvents.toJson(CloudEvents.wrap(EventSources.EXAM_SERVICE,
                    new ExamResultRecorded(participant, UUID.randomUUID(), c, c.isLanguage() ? LanguageLevel.B1 : null,
                            day.plusDays(i), ExamOutcome.PASSED, null, day.plusDays(i + 20), 70),
                    UUID.randomUUID(), Instant.now())));
            i++;
        }
        // Every exam passed; no MAP in the Onderwijsroute; the PVT is what is left when the term ends.
        topics.await("pip.events", r -> id.equals(r.key()) && r.value().contains("integration.outstanding-changed")
                && r.value().contains("[\"PVT\"]"), Duration.ofSeconds(60));

        // The daily run (on demand): term.exceeded names the PVT, once whatever the runs.
        ConsumerRecord<String, String> exceeded = null;
        for (int run = 0; run < 60 && exceeded == null; run++) {
            given().baseUri(SystemUnderTest.url("deadline")).auth().oauth2(DevTokens.operator())
                    .when().post("/v1/operations/term-signals").then().statusCode(200);
            exceeded = topics.readAll("deadline.events", r -> id.equals(r.key())
                    && r.value().contains("nl.inburgering.term.exceeded")).stream().findFirst().orElse(null);
            if (exceeded == null) {
                Thread.sleep(1_000);
            }
        }
        assertThat(exceeded).as("term.exceeded").isNotNull();
        JsonNode data = JSON.readTree(exceeded.value()).get("data");
        assertThat(data.get("endDateExclusive").asText()).isEqualTo(end.toString());
        assertThat(data.get("outstanding")).extracting(JsonNode::asText).containsExactly("PVT");
        given().baseUri(SystemUnderTest.url("deadline")).auth().oauth2(officer)
                .when().get("/v1/caseload/terms-exceeded?pageSize=100&sort=-endDateExclusive").then().statusCode(200);

        // E6: DUO extends after the expiry; the term runs again.
        given().baseUri(SystemUnderTest.url("deadline")).auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"ground\":\"MARKING_DELAY\",\"extraTime\":\"P6M\",\"decidedOn\":\"" + today + "\"}")
                .when().post("/v1/participants/" + id + "/term/extensions").then().statusCode(201)
                .body("reopened", equalTo(true)).body("endDateExclusive", equalTo(end.plusMonths(6).toString()));
        given().baseUri(SystemUnderTest.url("deadline")).auth().oauth2(officer)
                .when().get("/v1/participants/" + id + "/term").then().statusCode(200)
                .body("exceeded", equalTo(false));

        // The PVT over REST; the signing lies inside the extended term.
        for (String session : List.of(
                "{\"kind\":\"EDUCATION\",\"topic\":\"FREEDOM\",\"date\":\"" + today.minusDays(9)
                        + "\",\"hours\":6,\"place\":\"Stadhuis\",\"capacity\":20}",
                "{\"kind\":\"COMMUNITY_WALK\",\"date\":\"" + today.minusDays(6)
                        + "\",\"hours\":3,\"place\":\"De Pijp\",\"capacity\":20}",
                "{\"kind\":\"EDUCATION\",\"topic\":\"PARTICIPATION\",\"date\":\"" + today.minusDays(3)
                        + "\",\"hours\":3,\"place\":\"Stadhuis\",\"capacity\":20}")) {
            String sessionId = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> pvt(officer, "/v1/pvt-sessions", session).extract(), r -> r.statusCode() == 201)
                    .path("id");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    pvt(officer, "/v1/pvt-sessions/" + sessionId + "/enrolments", "{\"participantIds\":[\"" + id
                            + "\"]}").statusCode(200));
            pvt(officer, "/v1/pvt-sessions/" + sessionId + "/attendance",
                    "{\"entries\":[{\"participantId\":\"" + id + "\"}]}").statusCode(200);
        }
        LocalDate signedOn = today.minusDays(1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                pvt(officer, "/v1/participants/" + id + "/pvt/signing", "{\"signedOn\":\"" + signedOn
                        + "\",\"participantName\":\"Amal Haddad\"}").statusCode(201));

        ConsumerRecord<String, String> completed = topics.await("pip.events", r -> id.equals(r.key())
                && r.value().contains("nl.inburgering.integration.completed"), Duration.ofSeconds(90));
        assertThat(JSON.readTree(completed.value()).at("/data/completedOn").asText()).isEqualTo(signedOn.toString());

        // The term closes on time: before the extended end.
        ConsumerRecord<String, String> closed = null;
        for (int run = 0; run < 60 && closed == null; run++) {
            given().baseUri(SystemUnderTest.url("deadline")).auth().oauth2(DevTokens.operator())
                    .when().post("/v1/operations/term-signals").then().statusCode(200);
            closed = topics.readAll("deadline.events", r -> id.equals(r.key())
                    && r.value().contains("nl.inburgering.term.closed")).stream().findFirst().orElse(null);
            if (closed == null) {
                Thread.sleep(1_000);
            }
        }
        assertThat(closed).as("term.closed").isNotNull();
        assertThat(JSON.readTree(closed.value()).at("/data/outcome").asText()).isEqualTo("COMPLETED_ON_TIME");
        assertThat(topics.readAll("deadline.events", r -> id.equals(r.key())
                && r.value().contains("nl.inburgering.term.exceeded"))).hasSize(1);
    }

    private static ValidatableResponse pvt(String token, String path, String body) {
        return given().baseUri(SystemUnderTest.url("pvt")).auth().oauth2(token).contentType("application/json")
                .body(body).when().post(path).then();
    }
}
