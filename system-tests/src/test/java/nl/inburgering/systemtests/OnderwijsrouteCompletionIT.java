package nl.inburgering.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

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
 * Issue 10 (tests): an Onderwijsroute participant with every exam fact completes exactly when the participation
 * statement is signed over pvt-service's REST API, on the date of the signing. The PIP goes through pip-service, the
 * term comes from deadline-service, the PVT (sessions, enrolment, attendance lists, signing) through pvt-service.
 * The exam results are DUO's results of exams booked elsewhere, recorded over exam-service's REST API (issue 12
 * item 2): the test produces no event itself.
 */
class OnderwijsrouteCompletionIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void anOnderwijsrouteParticipantCompletesWhenTheStatementIsSigned() throws Exception {
        String officer = DevTokens.officer("GM0363");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String id = given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(DevTokens.duo())
                .contentType("application/json")
                .body("""
                        {"bsn":"%s","name":"S. Tesfay","dateOfBirth":"1999-03-04","targetGroup":"ASYLUM_PERMIT_HOLDER",
                         "municipalityCode":"GM0363","obligationStartDate":"2026-01-15","notificationDate":"2026-01-20",
                         "municipalityRegistrationDate":"2026-01-10"}""".formatted(TestBsns.random()))
                .when().post("/v1/participants").then().statusCode(201).extract().path("id");
        UUID participant = UUID.fromString(id);
        given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(officer).contentType("application/json")
                .body("{\"dateOfIssue\":\"2026-02-01\",\"route\":\"EDUCATION\",\"level\":\"B1\"}")
                .when().post("/v1/participants/" + id + "/plans").then().statusCode(201);

        TopicReader topics = new TopicReader(system.stack().kafkaBootstrapServers());
        Journeys.allExamsPassed(participant, LocalDate.of(2026, 5, 4));
        // Every exam done, no MAP in the Onderwijsroute: only the PVT is left.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(officer)
                        .when().get("/v1/participants/" + id + "/progress").then().statusCode(200)
                        .body("requirements.findAll { it.state == 'DONE' }.requirement",
                                hasItems("READING", "LISTENING", "WRITING", "SPEAKING", "KNM"))
                        .body("requirements.find { it.requirement == 'PVT' }.state", equalTo("OUTSTANDING"))
                        .body("status", equalTo("PLAN_ESTABLISHED")));

        // The PVT over REST: three sessions of 6, 3 and 3 hours, the participant enrolled and on each list.
        Journeys.awaitPvtKnows(officer, id);
        Journeys.twelvePvtHours(officer, id, today.minusDays(20), today.minusDays(10), today.minusDays(5));
        given().baseUri(SystemUnderTest.url("pvt")).auth().oauth2(officer).when().get("/v1/participants/" + id + "/pvt")
                .then().statusCode(200).body("hoursAttended", equalTo(12)).body("readyToSign", equalTo(true));

        Thread.sleep(2_000);
        assertThat(topics.readAll("pip.events", r -> id.equals(r.key())
                && r.value().contains("nl.inburgering.integration.completed"))).as("not before the signing").isEmpty();

        LocalDate signedOn = today.minusDays(1);
        Journeys.sign(officer, id, signedOn, "Selam Tesfay");

        ConsumerRecord<String, String> completed = topics.await("pip.events", r -> id.equals(r.key())
                && r.value().contains("nl.inburgering.integration.completed"), Duration.ofSeconds(90));
        JsonNode event = JSON.readTree(completed.value());
        assertThat(event.at("/data/route").asText()).isEqualTo("EDUCATION");
        assertThat(event.at("/data/completedOn").asText()).as("the signing: the last requirement")
                .isEqualTo(signedOn.toString());
        given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(DevTokens.participant(participant))
                .when().get("/v1/participants/" + id + "/progress").then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("requirements.find { it.requirement == 'PVT' }.date", equalTo(signedOn.toString()))
                .body("requirements.find { it.requirement == 'MAP' }.state", equalTo("NOT_APPLICABLE"));
        Thread.sleep(2_000);
        assertThat(topics.readAll("pip.events", r -> id.equals(r.key())
                && r.value().contains("nl.inburgering.integration.completed"))).hasSize(1);
        // The name the participant signed with stays in pvt-service.
        assertThat(topics.readAll("pvt.events", r -> id.equals(r.key()))).isNotEmpty()
                .noneMatch(r -> r.value().contains("Tesfay"));
    }
}
