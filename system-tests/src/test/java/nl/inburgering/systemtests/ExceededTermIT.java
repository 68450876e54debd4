package nl.inburgering.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.testing.TestBsns;
import nl.inburgering.localstack.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (tests): a term that expired without completion is exceeded, with what is still open as pip-service's
 * completion check says; DUO's extension after the expiry reopens it (E6); the participant then completes and the
 * term closes on time against the extended end. Over the five packaged services through REST alone (the exam results
 * are DUO's results of exams booked elsewhere, issue 12 item 2).
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
        Journeys.allExamsPassed(participant, today.minusMonths(8));
        // Every exam passed; no MAP in the Onderwijsroute; the PVT is what is left when the term ends.
        topics.await("pip.events", r -> id.equals(r.key()) && r.value().contains("integration.outstanding-changed")
                && r.value().contains("[\"PVT\"]"), Duration.ofSeconds(60));

        // The daily run (on demand): term.exceeded names the PVT, once whatever the runs.
        ConsumerRecord<String, String> exceeded = Journeys.termSignalUntil(topics, id, "term.exceeded");
        JsonNode data = JSON.readTree(exceeded.value()).get("data");
        assertThat(data.get("endDateExclusive").asText()).isEqualTo(end.toString());
        assertThat(data.get("outstanding")).extracting(JsonNode::asText).containsExactly("PVT");
        given().baseUri(SystemUnderTest.url("deadline")).auth().oauth2(officer)
                .when().get("/v1/caseload/terms-exceeded?pageSize=100&sort=-endDateExclusive").then().statusCode(200)
                .body("items.participantId", org.hamcrest.Matchers.hasItem(id));

        // E6: DUO extends after the expiry; the term runs again.
        given().baseUri(SystemUnderTest.url("deadline")).auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"ground\":\"MARKING_DELAY\",\"extraTime\":\"P6M\",\"decidedOn\":\"" + today + "\"}")
                .when().post("/v1/participants/" + id + "/term/extensions").then().statusCode(201)
                .body("reopened", equalTo(true)).body("endDateExclusive", equalTo(end.plusMonths(6).toString()));
        given().baseUri(SystemUnderTest.url("deadline")).auth().oauth2(officer)
                .when().get("/v1/participants/" + id + "/term").then().statusCode(200)
                .body("exceeded", equalTo(false));

        // The PVT over REST; the signing lies inside the extended term.
        Journeys.twelvePvtHours(officer, id, today.minusDays(9), today.minusDays(6), today.minusDays(3));
        LocalDate signedOn = today.minusDays(1);
        Journeys.sign(officer, id, signedOn, "Amal Haddad");

        ConsumerRecord<String, String> completed = topics.await("pip.events", r -> id.equals(r.key())
                && r.value().contains("nl.inburgering.integration.completed"), Duration.ofSeconds(90));
        assertThat(JSON.readTree(completed.value()).at("/data/completedOn").asText()).isEqualTo(signedOn.toString());

        // The term closes on time: before the extended end.
        ConsumerRecord<String, String> closed = Journeys.termSignalUntil(topics, id, "term.closed");
        assertThat(JSON.readTree(closed.value()).at("/data/outcome").asText()).isEqualTo("COMPLETED_ON_TIME");
        assertThat(topics.readAll("deadline.events", r -> id.equals(r.key())
                && r.value().contains("nl.inburgering.term.exceeded"))).hasSize(1);
    }
}
