package nl.inburgering.deadline.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.AuditTrail;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.TestClock;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 11 item 3 against the real PostgreSQL and Kafka: requests, DUO's grants and refusals, term.extended. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ExtensionTest {

    static final String GM = "GM0363";
    static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KnownParticipants participants;
    LocalDate today;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() {
        participants = new KnownParticipants(bootstrap);
        today = TestClock.realToday();
    }

    UUID participantWithTermFrom(LocalDate start) {
        return Terms.participantWithTermFrom(participants, start);
    }

    static ValidatableResponse term(String token, UUID id) {
        return given().auth().oauth2(token).get("/v1/participants/" + id + "/term").then();
    }

    static ValidatableResponse post(String token, UUID id, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/v1/participants/" + id + "/term/" + path).then();
    }

    static String request(String ground) {
        return "{\"ground\":\"" + ground + "\",\"statement\":\"gave birth on 2028-09-14\"}";
    }

    String grant(String requestId, String ground, String extra, LocalDate decidedOn, LocalDate requestedOn) {
        return "{" + (requestId == null ? "" : "\"requestId\":\"" + requestId + "\",")
                + (ground == null ? "" : "\"ground\":\"" + ground + "\",") + "\"extraTime\":\"" + extra
                + "\",\"decidedOn\":\"" + decidedOn + "\"" + (requestedOn == null ? "" : ",\"requestedOn\":\""
                + requestedOn + "\"") + "}";
    }

    JsonNode lastExtended(UUID id) throws Exception {
        var records = participants.topics().awaitCount("deadline.events", r -> id.toString().equals(r.key())
                && r.value().contains("nl.inburgering.term.extended"), 1, Duration.ofSeconds(30));
        return json.readTree(records.get(records.size() - 1).value()).get("data");
    }

    @Test
    void aRequestGrantedByDuoMovesTheEndAndPublishesTermExtended_section7_2() throws Exception {
        LocalDate start = today.minusMonths(33); // the term has run 2.75 years: the window is open
        UUID id = participantWithTermFrom(start);
        LocalDate end = start.plusYears(3);
        String officer = DevTokens.officer(GM);
        String requestId = post(officer, id, "extension-requests", request("CHILDBIRTH")).statusCode(201)
                .body("status", equalTo("REQUESTED")).body("requestedOn", equalTo(today.toString()))
                .extract().path("id");
        post(officer, id, "extension-requests", request("ILLNESS")).statusCode(409)
                .body("rule", equalTo("EXTENSION-REQUEST-OPEN"));

        post(DevTokens.duo(), id, "extensions", grant(requestId, null, "P4M", today, null)).statusCode(409)
                .contentType(PROBLEM).body("rule", equalTo("§7.2-EXTRA-TIME"));
        post(DevTokens.duo(), id, "extensions", grant(requestId, null, "P16W", today, null)).statusCode(201)
                .body("status", equalTo("GRANTED")).body("previousEndDateExclusive", equalTo(end.toString()))
                .body("endDateExclusive", equalTo(end.plusWeeks(16).toString())).body("reopened", equalTo(false));
        term(officer, id).statusCode(200).body("endDateExclusive", equalTo(end.plusWeeks(16).toString()));

        JsonNode extended = lastExtended(id);
        assertThat(extended.get("ground").asText()).isEqualTo("CHILDBIRTH");
        assertThat(extended.get("previousEndDateExclusive").asText()).isEqualTo(end.toString());
        assertThat(extended.get("endDateExclusive").asText()).isEqualTo(end.plusWeeks(16).toString());
        assertThat(extended.toString()).doesNotContain("gave birth");

        given().auth().oauth2(DevTokens.participant(id)).get("/v1/participants/" + id + "/term/extensions").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].status", equalTo("GRANTED"));
        post(DevTokens.duo(), id, "extensions", grant(requestId, null, "P16W", today, null)).statusCode(409)
                .body("rule", equalTo("EXTENSION-DECIDED"));
        assertThat(AuditTrail.count("term.extension.grant", id, "SUCCESS")).isEqualTo(1);
    }

    @Test
    void aDecisionAfterExpiryReopensTheTerm_E6() {
        LocalDate start = today.minusYears(3).minusMonths(2); // ended two months ago
        UUID id = participantWithTermFrom(start);
        LocalDate end = start.plusYears(3);
        term(DevTokens.duo(), id).body("exceeded", equalTo(true));
        post(DevTokens.duo(), id, "extensions", grant(null, "ILLNESS", "P6M", today, today.minusDays(10)))
                .statusCode(201).body("reopened", equalTo(true)).body("ambtshalve", equalTo(false))
                .body("endDateExclusive", equalTo(end.plusMonths(6).toString()));
        term(DevTokens.duo(), id).body("exceeded", equalTo(false))
                .body("endDateExclusive", equalTo(end.plusMonths(6).toString()));
    }

    @Test
    void oneExtensionPerPeriodAndTheWindow_section7_2() {
        UUID early = participantWithTermFrom(today.minusYears(1));
        post(DevTokens.duo(), early, "extensions", grant(null, "CHILDBIRTH", "P16W", today, null)).statusCode(409)
                .body("rule", equalTo("§7.2-WINDOW"));
        // The 2026 marking delay needs no window.
        post(DevTokens.duo(), early, "extensions", grant(null, "MARKING_DELAY", "P6M", today, null)).statusCode(201)
                .body("ambtshalve", equalTo(true));

        UUID late = participantWithTermFrom(today.minusMonths(33));
        post(DevTokens.duo(), late, "extensions", grant(null, "MANY_LESSONS_AND_EXAMS", "P6M", today, null))
                .statusCode(201);
        post(DevTokens.duo(), late, "extensions", grant(null, "ILLNESS", "P3M", today, today)).statusCode(409)
                .body("rule", equalTo("§7.2-ONCE-PER-PERIOD"));
        post(DevTokens.duo(), late, "extensions", grant(null, "ILLNESS", "P3M", today.plusDays(1), null))
                .statusCode(409).body("rule", equalTo("FACT-NOT-IN-FUTURE"));
    }

    @Test
    void aRefusalIsRecordedAndTheTermStands_SS113() {
        LocalDate start = today.minusMonths(33);
        UUID id = participantWithTermFrom(start);
        String officer = DevTokens.officer(GM);
        String requestId = post(officer, id, "extension-requests", request("BIO")).statusCode(201).extract().path("id");
        String refusal = "{\"reason\":\"less than 3 months\",\"decidedOn\":\"" + today + "\"}";
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body(refusal)
                .post("/v1/participants/" + id + "/term/extension-requests/" + requestId + "/refusal").then()
                .statusCode(428).contentType(PROBLEM);
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").header("If-Match", "\"0\"")
                .body(refusal).post("/v1/participants/" + id + "/term/extension-requests/" + requestId + "/refusal")
                .then().statusCode(200).body("status", equalTo("REFUSED"))
                .body("refusalReason", equalTo("less than 3 months"));
        term(officer, id).body("endDateExclusive", equalTo(start.plusYears(3).toString()));
        // A new request may be filed once the last is decided.
        post(officer, id, "extension-requests", request("ILLNESS")).statusCode(201);
    }

    @Test
    void whoMayRequestAndWhoDecides() {
        UUID id = participantWithTermFrom(today.minusMonths(33));
        post(DevTokens.participant(id), id, "extension-requests", request("ILLNESS")).statusCode(403);
        post(DevTokens.duo(), id, "extension-requests", request("ILLNESS")).statusCode(403);
        post(DevTokens.officer("GM0599"), id, "extension-requests", request("ILLNESS")).statusCode(404)
                .contentType(PROBLEM);
        post(DevTokens.officer(GM), id, "extensions", grant(null, "ILLNESS", "P3M", today, null)).statusCode(403);
        given().auth().oauth2(DevTokens.officer("GM0599")).get("/v1/participants/" + id + "/term/extensions")
                .then().statusCode(404);
        post(DevTokens.officer(GM), id, "extension-requests", "{\"ground\":\"SUNSHINE\",\"requestedExtra\":\"6 months\"}")
                .statusCode(400).contentType(PROBLEM);
        post(DevTokens.duo(), id, "extensions", "{\"ground\":\"ILLNESS\",\"extraTime\":\"six months\"}")
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("extraTime", "decidedOn"));
    }

    @Test
    void withoutATermThereIsNothingToExtend_TERM_NOT_STARTED() {
        UUID noPlan = UUID.randomUUID();
        participants.produce(KnownParticipants.registered(noPlan, GM, TargetGroup.ASYLUM_PERMIT_HOLDER));
        participants.awaitReplica(noPlan, k -> k.registered());
        post(DevTokens.officer(GM), noPlan, "extension-requests", request("ILLNESS")).statusCode(409)
                .body("rule", equalTo("TERM-NOT-STARTED"));
        post(DevTokens.duo(), noPlan, "extensions", grant(null, "ILLNESS", "P3M", today, null)).statusCode(409)
                .body("rule", equalTo("TERM-NOT-STARTED"));
    }
}
