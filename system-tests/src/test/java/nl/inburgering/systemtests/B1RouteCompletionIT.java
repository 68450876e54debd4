package nl.inburgering.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.events.EventPayload;
import nl.inburgering.contracts.events.ExamResultRecorded;
import nl.inburgering.contracts.events.PvtStatementSigned;
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
 * DESIGN §2, §8, issue 9: a B1-route participant reaches "completed" across separate processes. pip-, exam- and
 * map-service are driven through their REST APIs and deadline-service publishes the term; exam results dated in the
 * past (issue 12 item 2) and the PVT (delivered twice, to prove it changes nothing) are produced to their topics
 * exactly as exam- and pvt-service publish them.
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
        LocalDate day = LocalDate.of(2026, 3, 2);
        int i = 0;
        for (ExamComponent c : ExamComponent.values()) {
            LanguageLevel level = c.isLanguage() ? LanguageLevel.B1 : null;
            produce(topics, "exam.events", EventSources.EXAM_SERVICE, new ExamResultRecorded(participant,
                    UUID.randomUUID(), c, level, day.plusDays(i), ExamOutcome.PASSED, null, day.plusDays(i + 20), 70));
            i++;
        }
        // Delivered twice: changes nothing.
        PvtStatementSigned pvt = new PvtStatementSigned(participant, LocalDate.of(2026, 4, 1), new BigDecimal("12"), null);
        String pvtEvent = CloudEvents.toJson(CloudEvents.wrap(EventSources.PVT_SERVICE, pvt, UUID.randomUUID(),
                Instant.now()));
        topics.produce("pvt.events", id, pvtEvent);
        topics.produce("pvt.events", id, pvtEvent);
        // The term (the day after the PIP's date of issue) comes from deadline-service's term.started: map-service
        // judges the final-interview date by it (DUO SDI016).

        // Everything but the MAP is in place: pip-service shows exams and PVT done, the MAP outstanding.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(officer)
                        .when().get("/v1/participants/" + id + "/progress").then().statusCode(200)
                        .body("requirements.findAll { it.state == 'DONE' }.requirement",
                                hasItems("READING", "LISTENING", "WRITING", "SPEAKING", "KNM", "PVT"))
                        .body("requirements.find { it.requirement == 'MAP' }.state", equalTo("OUTSTANDING"))
                        .body("status", equalTo("PLAN_ESTABLISHED")));

        // The MAP over map-service's REST API (issue 9): start interview, the themes, 40 hours, final interview.
        LocalDate interview = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                map(officer, id, "start-interview", "{\"date\":\"2026-06-01\"}").statusCode(201));
        for (String theme : List.of("CAREER_ORIENTATION", "EMPLOYEE_COMPETENCIES", "REALISTIC_VIEW_OF_OCCUPATIONS",
                "JOB_PROSPECTS", "OCCUPATIONAL_COMPETENCIES", "BUILDING_A_NETWORK", "FINDING_WORK", "WORK_CULTURE")) {
            map(officer, id, "themes", "{\"theme\":\"" + theme + "\",\"completedOn\":\"2026-07-01\"}")
                    .statusCode(201);
        }
        for (String worked : List.of("2026-08-03", "2026-08-04")) {
            map(officer, id, "work-experience", "{\"date\":\"" + worked + "\",\"kind\":\"VOLUNTEERING\","
                    + "\"organisation\":\"Voedselbank\",\"hours\":20}").statusCode(201);
        }
        // Until the final interview, no completion.
        Thread.sleep(2_000);
        assertThat(topics.readAll("pip.events", r -> id.equals(r.key())
                && r.value().contains("nl.inburgering.integration.completed"))).isEmpty();
        // (map-service answers 409 TERM-NOT-YET-KNOWN until it has consumed term.started.)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                map(officer, id, "final-interviews", "{\"date\":\"" + interview + "\",\"outcome\":\"SUFFICIENT\"}")
                        .statusCode(201));

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

    private static ValidatableResponse map(String token, String id, String part, String body) {
        return given().baseUri(SystemUnderTest.url("map")).auth().oauth2(token).contentType("application/json")
                .body(body).when().post("/v1/participants/" + id + "/map/" + part).then();
    }

    private static void produce(TopicReader topics, String topic, String source, EventPayload payload) {
        topics.produce(topic, payload.participantId().toString(),
                CloudEvents.toJson(CloudEvents.wrap(source, payload, UUID.randomUUID(), Instant.now())));
    }
}
