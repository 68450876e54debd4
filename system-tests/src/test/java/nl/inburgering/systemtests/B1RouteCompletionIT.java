package nl.inburgering.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.events.EventPayload;
import nl.inburgering.contracts.events.ExamResultRecorded;
import nl.inburgering.contracts.events.MapCompleted;
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
 * DESIGN §2, §8: a B1-route participant reaches "completed" across separate processes. pip-service and
 * exam-service are driven through their REST APIs; the facts of services that are not built yet (exam results
 * dated in the past, MAP, PVT) are produced to their topics exactly as those services will publish them.
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
        produce(topics, "pvt.events", EventSources.PVT_SERVICE,
                new PvtStatementSigned(participant, LocalDate.of(2026, 4, 1), new java.math.BigDecimal("12"), null));
        // Delivered twice: changes nothing.
        MapCompleted map = new MapCompleted(participant, LocalDate.of(2026, 5, 15), null);
        UUID mapEventId = UUID.randomUUID();
        String mapEvent = CloudEvents.toJson(CloudEvents.wrap(EventSources.MAP_SERVICE, map, mapEventId, Instant.now()));
        topics.produce("map.events", id, mapEvent);
        topics.produce("map.events", id, mapEvent);

        ConsumerRecord<String, String> completed = topics.await("pip.events", r -> id.equals(r.key())
                && r.value().contains("nl.inburgering.integration.completed"), Duration.ofSeconds(90));
        JsonNode event = JSON.readTree(completed.value());
        assertThat(event.at("/data/route").asText()).isEqualTo("B1");
        assertThat(event.at("/data/completedOn").asText()).isEqualTo("2026-05-15"); // the MAP: the last requirement

        given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(DevTokens.participant(participant))
                .when().get("/v1/participants/" + id + "/progress")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        Thread.sleep(2_000);
        List<ConsumerRecord<String, String>> all = topics.readAll("pip.events", r -> id.equals(r.key())
                && r.value().contains("nl.inburgering.integration.completed"));
        assertThat(all).hasSize(1);
    }

    private static void produce(TopicReader topics, String topic, String source, EventPayload payload) {
        topics.produce(topic, payload.participantId().toString(),
                CloudEvents.toJson(CloudEvents.wrap(source, payload, UUID.randomUUID(), Instant.now())));
    }
}
