package nl.inburgering.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.testing.TestBsns;
import nl.inburgering.localstack.testing.TopicReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 12 item 1, the journeys beside the B1-route and the Onderwijsroute, over REST only (the poison events
 * excepted, which no API can send): a Z-route participant completes with the Z-route hours, the MAP and the PVT; a
 * participant who moves municipality halfway completes under the new one; a partial exemption takes a component
 * off; a poison event on every consumed topic ends in that topic's dead-letter topic, named by each consumer that
 * failed it, while the rest flows; and last, no record of any topic carries the BSN of any participant of this
 * class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeSystemJourneysIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> BSNS = new CopyOnWriteArrayList<>();
    static SystemUnderTest system;
    static TopicReader topics;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        topics = new TopicReader(system.stack().kafkaBootstrapServers());
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    /** Registers through {@link Journeys#register} and keeps the BSN for the last test. */
    static String register(String municipality, String targetGroup) {
        String bsn = TestBsns.random();
        BSNS.add(bsn);
        return Journeys.register(bsn, municipality, targetGroup);
    }

    static void plan(String officer, String id, String body) {
        Journeys.plan(officer, id, body);
    }

    static JsonNode theOnlyCompletion(String id) throws Exception {
        ConsumerRecord<String, String> completed = topics.await("pip.events", r -> id.equals(r.key())
                && r.value().contains("nl.inburgering.integration.completed"), Duration.ofSeconds(90));
        Thread.sleep(2_000);
        assertThat(topics.readAll("pip.events", r -> id.equals(r.key())
                && r.value().contains("nl.inburgering.integration.completed"))).as("completed once").hasSize(1);
        return JSON.readTree(completed.value()).get("data");
    }

    @Test
    @Order(1)
    void aZRouteParticipantCompletesWithTheHoursTheMapAndThePvtAndTheTermCloses() throws Exception {
        String officer = DevTokens.officer("GM0363");
        String id = register("GM0363", "FAMILY_OR_OTHER_MIGRANT");
        plan(officer, id, "{\"dateOfIssue\":\"2026-02-01\",\"route\":\"SELF_SUFFICIENCY\","
                + "\"mapArrangement\":\"volunteering\",\"pvtArrangement\":\"six sessions\"}");
        given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(officer).contentType("application/json")
                .body("{\"kind\":\"COURSE\",\"date\":\"2026-06-30\",\"hours\":800}")
                .when().post("/v1/participants/" + id + "/zroute/hours").then().statusCode(201);

        Journeys.fullMap(officer, id, today().minusDays(4));
        Journeys.awaitPvtKnows(officer, id);
        Journeys.twelvePvtHours(officer, id, today().minusDays(20), today().minusDays(10), today().minusDays(5));
        Journeys.sign(officer, id, today().minusDays(3), "J. Journey");
        // Everything but the Z-route's final interview: not complete yet.
        Thread.sleep(2_000);
        assertThat(topics.readAll("pip.events", r -> id.equals(r.key())
                && r.value().contains("nl.inburgering.integration.completed"))).isEmpty();

        LocalDate finalInterview = today().minusDays(1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(officer).contentType("application/json")
                        .body("{\"finalInterviewDate\":\"" + finalInterview + "\"}")
                        .when().post("/v1/participants/" + id + "/zroute/completion").then().statusCode(201));

        JsonNode completed = theOnlyCompletion(id);
        assertThat(completed.get("route").asText()).isEqualTo("SELF_SUFFICIENCY");
        assertThat(completed.get("completedOn").asText()).as("the Z-route: the last requirement")
                .isEqualTo(finalInterview.toString());
        ConsumerRecord<String, String> closed = Journeys.termSignalUntil(topics, id, "term.closed");
        assertThat(JSON.readTree(closed.value()).at("/data/outcome").asText()).isEqualTo("COMPLETED_ON_TIME");
    }

    @Test
    @Order(2)
    void aParticipantWhoMovesHalfwayCompletesUnderTheNewMunicipality() throws Exception {
        String before = DevTokens.officer("GM0363");
        String after = DevTokens.officer("GM0518");
        String id = register("GM0363", "ASYLUM_PERMIT_HOLDER");
        plan(before, id, "{\"dateOfIssue\":\"2026-02-01\",\"route\":\"EDUCATION\",\"level\":\"B1\"}");
        Journeys.allExamsPassed(UUID.fromString(id), LocalDate.of(2026, 5, 4));

        given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"toMunicipalityCode\":\"GM0518\",\"movedOn\":\"" + today().minusDays(30) + "\"}")
                .when().post("/v1/participants/" + id + "/moves").then().statusCode(201);
        // The new municipality's officer takes over the PVT once pvt-service has the move from pip.events.
        Journeys.awaitPvtKnows(after, id);
        Journeys.twelvePvtHours(after, id, today().minusDays(20), today().minusDays(10), today().minusDays(5));
        LocalDate signedOn = today().minusDays(1);
        Journeys.sign(after, id, signedOn, "J. Journey");

        JsonNode completed = theOnlyCompletion(id);
        assertThat(completed.get("completedOn").asText()).isEqualTo(signedOn.toString());
        given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(after).when().get("/v1/participants/" + id)
                .then().statusCode(200).body("municipalityCode", equalTo("GM0518"));
    }

    @Test
    @Order(3)
    void aPartialExemptionTakesTheComponentsOffAndTheRestCompletes() throws Exception {
        String officer = DevTokens.officer("GM0363");
        String id = register("GM0363", "FAMILY_OR_OTHER_MIGRANT");
        plan(officer, id, "{\"dateOfIssue\":\"2026-02-01\",\"route\":\"EDUCATION\",\"level\":\"B1\"}");
        LocalDate decided = today().minusDays(40);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(SystemUnderTest.url("deadline")).auth().oauth2(DevTokens.duo())
                        .contentType("application/json")
                        .body("{\"ground\":\"GED\",\"scope\":\"PARTIAL\",\"components\":[\"READING\",\"LISTENING\"],"
                                + "\"level\":\"B1\",\"validFrom\":\"" + decided + "\",\"decidedOn\":\"" + decided + "\"}")
                        .when().post("/v1/participants/" + id + "/exemptions").then().statusCode(201));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(officer)
                        .when().get("/v1/participants/" + id + "/progress").then().statusCode(200)
                        .body("requirements.find { it.requirement == 'READING' }.state", equalTo("EXEMPTED"))
                        .body("requirements.find { it.requirement == 'LISTENING' }.state", equalTo("EXEMPTED"))
                        .body("requirements.find { it.requirement == 'READING' }.explanation.code",
                                equalTo("REQ-PARTIAL-EXEMPTION")));

        Journeys.examsPassed(UUID.fromString(id), LocalDate.of(2026, 5, 4), ExamComponent.WRITING,
                ExamComponent.SPEAKING, ExamComponent.KNM);
        Journeys.awaitPvtKnows(officer, id);
        Journeys.twelvePvtHours(officer, id, today().minusDays(20), today().minusDays(10), today().minusDays(5));
        LocalDate signedOn = today().minusDays(1);
        Journeys.sign(officer, id, signedOn, "J. Journey");
        assertThat(theOnlyCompletion(id).get("completedOn").asText()).isEqualTo(signedOn.toString());
    }

    @Test
    @Order(4)
    void aRouteSwitchHalfwayKeepsTheExamsPassedAndCompletesOnTheNewRoute() throws Exception {
        String officer = DevTokens.officer("GM0363");
        String id = register("GM0363", "FAMILY_OR_OTHER_MIGRANT");
        plan(officer, id, "{\"dateOfIssue\":\"2026-02-01\",\"route\":\"B1\",\"literacyIndicator\":\"NVT\","
                + "\"mapArrangement\":\"40 hours work placement\",\"pvtArrangement\":\"six sessions\"}");
        Journeys.allExamsPassed(UUID.fromString(id), LocalDate.of(2026, 5, 4));
        // The switch to the Onderwijsroute within 18 months of the term's start (N16): pip-service needs the term
        // from deadline-service first.
        String revision = "{\"dateOfIssue\":\"" + today().minusDays(30) + "\",\"route\":\"EDUCATION\",\"level\":\"B1\"}";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(officer).contentType("application/json")
                        .body(revision).when().post("/v1/participants/" + id + "/plans").then().statusCode(201));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(officer)
                        .when().get("/v1/participants/" + id + "/progress").then().statusCode(200)
                        .body("route", equalTo("EDUCATION")).body("planVersion", equalTo(2))
                        .body("requirements.find { it.requirement == 'MAP' }.state", equalTo("NOT_APPLICABLE"))
                        .body("requirements.find { it.requirement == 'READING' }.state", equalTo("DONE")));

        // The PVT: pvt-service follows the switch too.
        Journeys.awaitPvtKnows(officer, id);
        Journeys.twelvePvtHours(officer, id, today().minusDays(20), today().minusDays(10), today().minusDays(5));
        LocalDate signedOn = today().minusDays(1);
        Journeys.sign(officer, id, signedOn, "J. Journey");
        JsonNode completed = theOnlyCompletion(id);
        assertThat(completed.get("route").asText()).isEqualTo("EDUCATION");
        assertThat(completed.get("completedOn").asText()).isEqualTo(signedOn.toString());
        assertThat(completed.get("planVersion").asInt()).isEqualTo(2);
    }

    /** Each consumed topic and the consumers (service/consumer) that read it. */
    static final Map<String, Set<String>> CONSUMERS = Map.of(
            "pip.events", Set.of("exam/participant-replica", "map/participant-replica", "pvt/participant-replica",
                    "deadline/participant-replica", "deadline/deadline-service.term"),
            "exam.events", Set.of("pip/pip-service.completion"),
            "map.events", Set.of("pip/pip-service.completion"),
            "pvt.events", Set.of("pip/pip-service.completion"),
            "deadline.events", Set.of("pip/pip-service.completion", "exam/participant-replica.exemptions",
                    "map/participant-replica.exemptions", "pvt/participant-replica.exemptions",
                    "deadline/participant-replica.exemptions"));

    @Test
    @Order(5)
    void aPoisonEventOnEveryConsumedTopicEndsInItsDeadLetterTopicOncePerConsumerWhileTheRestFlows() throws Exception {
        Map<String, String> markers = new java.util.HashMap<>();
        for (String topic : CONSUMERS.keySet()) {
            String marker = UUID.randomUUID().toString();
            markers.put(topic, marker);
            topics.produce(topic, marker, "{\"poison\":true}");
        }
        for (Map.Entry<String, Set<String>> e : CONSUMERS.entrySet()) {
            String marker = markers.get(e.getKey());
            List<ConsumerRecord<String, String>> dead = topics.awaitCount(e.getKey() + ".dlq",
                    r -> marker.equals(r.key()), e.getValue().size(), Duration.ofSeconds(60));
            List<String> failedBy = new ArrayList<>();
            for (ConsumerRecord<String, String> r : dead) {
                Header h = r.headers().lastHeader("dead-letter-consumer");
                failedBy.add(h == null ? null : new String(h.value(), StandardCharsets.UTF_8));
                assertThat(new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                        .contains("specversion");
            }
            assertThat(failedBy).as("the consumers of " + e.getKey() + " that dead-lettered the poison event")
                    .containsExactlyInAnyOrderElementsOf(e.getValue());
        }
        // The operator sees them, each service its own (on whichever page: other tests leave dead letters too).
        List<String> consumers = new ArrayList<>();
        for (int page = 1; ; page++) {
            io.restassured.path.json.JsonPath listed = given().baseUri(SystemUnderTest.url("exam"))
                    .auth().oauth2(DevTokens.operator()).queryParam("topic", "pip.events").queryParam("page", page)
                    .queryParam("pageSize", 100).when().get("/v1/operations/dead-letters").then().statusCode(200)
                    .extract().jsonPath();
            consumers.addAll(listed.getList("items.findAll { it.messageKey == '" + markers.get("pip.events")
                    + "' }.consumer", String.class));
            if (listed.getList("items").isEmpty()) {
                break;
            }
        }
        assertThat(consumers).containsExactly("participant-replica");
        // The rest flows: a participant registered now still reaches exam-service and deadline-service.
        String id = register("GM0363", "ASYLUM_PERMIT_HOLDER");
        plan(DevTokens.officer("GM0363"), id, "{\"dateOfIssue\":\"2026-02-01\",\"route\":\"B1\"}");
        Journeys.examsPassed(UUID.fromString(id), LocalDate.of(2026, 5, 4), ExamComponent.KNM);
        Journeys.termSignalUntil(topics, id, "term.started");
    }

    @Test
    @Order(6)
    void noRecordOfAnyTopicCarriesTheBsnOfAnyParticipantOfThisClass() throws Exception {
        assertThat(BSNS).as("participants registered above").isNotEmpty();
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.stack().kafkaBootstrapServers());
        Set<String> all;
        try (Admin admin = Admin.create(p)) {
            all = admin.listTopics().names().get();
        }
        long records = 0;
        for (String topic : all) {
            for (ConsumerRecord<String, String> r : topics.readAll(topic, x -> true)) {
                records++;
                for (String bsn : BSNS) {
                    assertThat(String.valueOf(r.value())).as("a value on " + topic).doesNotContain(bsn);
                    assertThat(String.valueOf(r.key())).as("a key on " + topic).doesNotContain(bsn);
                    for (Header h : r.headers()) {
                        assertThat(h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8)).as("header " + h.key() + " on " + topic)
                                .doesNotContain(bsn);
                    }
                }
            }
        }
        System.out.printf("BSN check: %d topics, %d records, %d BSNs, 0 found%n", all.size(), records, BSNS.size());
        assertThat(records).isPositive();
    }
}
