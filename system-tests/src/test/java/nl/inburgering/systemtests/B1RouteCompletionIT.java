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
import java.util.List;
import java.util.UUID;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.testing.TestBsns;
import nl.inburgering.localstack.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §2, §8, issue 9: a B1-route participant reaches "completed" across separate processes, through REST alone:
 * pip-service (registration, PIP), exam-service (a registration, and DUO's results of the exams booked elsewhere,
 * issue 12 item 2), pvt-service (sessions, attendance, signing) and map-service (the MAP); deadline-service
 * publishes the term. The test produces no event itself.
 * The participant completes only when the MAP's final interview is recorded, on its date.
 */
class B1RouteCompletionIT {

    static SystemUnderTest system;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void aB1RouteParticipantCompletesOnceOnTheDateOfTheLastRequirement() throws Exception {
        String officer = DevTokens.officer("GM0363");
        String id = given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(DevTokens.duo())
                .contentType("application/json")
                .body("""
                        {"bsn":"%s","name":"B. Haddad","dateOfBirth":"1988-07-01","targetGroup":"ASYLUM_PERMIT_HOLDER",
                         "municipalityCode":"GM0363","obligationStartDate":"2026-01-15","notificationDate":"2026-01-20",
                         "municipalityRegistrationDate":"2026-01-10"}""".formatted(TestBsns.random()))
                .when().post("/v1/participants").then().statusCode(201).extract().path("id");
        UUID participant = UUID.fromString(id);

        given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(officer).contentType("application/json")
                .body("""
                        {"dateOfIssue":"2026-02-01","route":"B1","literacyIndicator":"NVT",
                         "mapArrangement":"40 hours work placement","pvtArrangement":"six sessions"}""")
                .when().post("/v1/participants/" + id + "/plans").then().statusCode(201);

        // exam-service learned the participant and the plan from pip.events: the first attempt is free (N7).
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(SystemUnderTest.url("exam")).auth().oauth2(DevTokens.participant(participant))
                        .when().get("/v1/participants/" + id + "/exams/free-attempts")
                        .then().statusCode(200));
        given().baseUri(SystemUnderTest.url("exam")).auth().oauth2(DevTokens.participant(participant))
                .contentType("application/json")
                .body("""
                        {"participantId":"%s","component":"READING","level":"B1","examDate":"%s","location":"Amsterdam"}"""
                        .formatted(id, LocalDate.now().plusDays(30)))
                .when().post("/v1/exam-registrations")
                .then().statusCode(201).body("payer", equalTo("MUNICIPALITY"));

        TopicReader topics = new TopicReader(system.stack().kafkaBootstrapServers());
        Journeys.allExamsPassed(participant, LocalDate.of(2026, 3, 2));
        // The PVT over pvt-service's REST API; the term comes from deadline-service's term.started (map-service
        // and pvt-service judge DUO's SDI016 dates by it).
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        Journeys.twelvePvtHours(officer, id, today.minusDays(20), today.minusDays(10), today.minusDays(5));
        Journeys.sign(officer, id, today.minusDays(2), "Bilal Haddad");

        // Everything but the MAP is in place: pip-service shows exams and PVT done, the MAP outstanding.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(officer)
                        .when().get("/v1/participants/" + id + "/progress").then().statusCode(200)
                        .body("requirements.findAll { it.state == 'DONE' }.requirement",
                                hasItems("READING", "LISTENING", "WRITING", "SPEAKING", "KNM", "PVT"))
                        .body("requirements.find { it.requirement == 'MAP' }.state", equalTo("OUTSTANDING"))
                        .body("status", equalTo("PLAN_ESTABLISHED")));

        // The MAP over map-service's REST API (issue 9): start interview, the themes, 40 hours, final interview.
        // Until the final interview, no completion.
        LocalDate interview = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(1);
        assertThat(topics.readAll("pip.events", r -> id.equals(r.key())
                && r.value().contains("nl.inburgering.integration.completed"))).isEmpty();
        Journeys.fullMap(officer, id, interview);

        ConsumerRecord<String, String> completed = topics.await("pip.events", r -> id.equals(r.key())
                && r.value().contains("nl.inburgering.integration.completed"), Duration.ofSeconds(90));
        JsonNode event = JSON.readTree(completed.value());
        assertThat(event.at("/data/route").asText()).isEqualTo("B1");
        assertThat(event.at("/data/completedOn").asText()).isEqualTo(interview.toString()); // the MAP: the last requirement

        given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(DevTokens.participant(participant))
                .when().get("/v1/participants/" + id + "/progress")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        Thread.sleep(2_000);
        List<ConsumerRecord<String, String>> all = topics.readAll("pip.events", r -> id.equals(r.key())
                && r.value().contains("nl.inburgering.integration.completed"));
        assertThat(all).hasSize(1);
    }
}
