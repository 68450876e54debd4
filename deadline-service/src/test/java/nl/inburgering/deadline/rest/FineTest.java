package nl.inburgering.deadline.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.AuditTrail;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.TestClock;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 11 item 6 against the real stack: fines as decided, the expected amounts and the new term. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class FineTest {

    static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KnownParticipants participants;
    LocalDate today;

    @BeforeEach
    void setUp() {
        participants = new KnownParticipants(bootstrap);
        today = TestClock.realToday();
    }

    UUID family(LocalDate start) {
        return Terms.participantWithTermFrom(participants, start, Terms.GM, TargetGroup.FAMILY_OR_OTHER_MIGRANT);
    }

    static ValidatableResponse duo(UUID id, String stage, String kind, String amount, LocalDate on) {
        return given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"stage\":\"" + stage + "\",\"kind\":\"" + kind + "\",\"amount\":" + amount
                        + ",\"decidedOn\":\"" + on + "\",\"examsPassed\":2}")
                .post("/v1/participants/" + id + "/fines").then();
    }

    static ValidatableResponse municipal(String token, UUID id, String kind, String amount, LocalDate on) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"kind\":\"" + kind + "\",\"amount\":" + amount + ",\"decidedOn\":\"" + on + "\"}")
                .post("/v1/participants/" + id + "/municipal-fines").then();
    }

    List<JsonNode> extended(UUID id) {
        return Terms.data(participants, id, "term.extended");
    }

    @Test
    void aDecisionAfterTheTermSetsTheNewTermTheLongestOfTheRound_section7_5_N22() {
        LocalDate start = today.minusYears(3).minusDays(10);
        LocalDate end = start.plusYears(3);
        UUID id = family(start);
        duo(id, "PRE_ANNOUNCEMENT", "PVT", "340", today.minusDays(5)).statusCode(201)
                .body("expectedAmount", equalTo(340.0f)).body("finedPeriodEndDateExclusive", equalTo(end.toString()));
        duo(id, "DECISION", "PVT", "340", today.minusDays(2)).statusCode(201)
                .body("previousEndDateExclusive", equalTo(end.toString()))
                .body("endDateExclusive", equalTo(today.minusDays(2).plusMonths(6).toString()));
        // MAP in the same round: MAP and PVT together give 1 year (N22), from this decision
        duo(id, "DECISION", "MAP", "340", today).statusCode(201)
                .body("finedPeriodEndDateExclusive", equalTo(end.toString()))
                .body("endDateExclusive", equalTo(today.plusYears(1).toString()));
        duo(id, "DECISION", "PVT", "340", today).statusCode(409).contentType(PROBLEM)
                .body("rule", equalTo("FINE-DECIDED"));
        given().auth().oauth2(DevTokens.officer(Terms.GM)).get("/v1/participants/" + id + "/term").then()
                .body("endDateExclusive", equalTo(today.plusYears(1).toString())).body("exceeded", equalTo(false));
        List<JsonNode> moved = extended(id);
        assertThat(moved).extracting(e -> e.get("ground").asText()).containsExactly("FINE_NEW_TERM", "FINE_NEW_TERM");
        assertThat(moved.get(1).get("previousEndDateExclusive").asText())
                .isEqualTo(today.minusDays(2).plusMonths(6).toString());
        given().auth().oauth2(DevTokens.participant(id)).get("/v1/participants/" + id + "/fines").then()
                .statusCode(200).body("items", hasSize(3)).body("items.stage", equalTo(List.of("PRE_ANNOUNCEMENT",
                        "DECISION", "DECISION")));
        assertThat(AuditTrail.count("fine.record", id, "SUCCESS")).isEqualTo(3);
    }

    @Test
    void aFineThatMayNotBeImposedIsRefusedNamingItsRule_section7_5() {
        UUID running = family(today.minusYears(1));
        duo(running, "DECISION", "ROUTE", "500", today).statusCode(409).body("rule", equalTo("FINE-TERM-RUNNING"));
        UUID asylum = Terms.participantWithTermFrom(participants, today.minusYears(3).minusDays(3));
        duo(asylum, "DECISION", "ROUTE", "500", today).statusCode(409)
                .body("rule", equalTo("§7.5-ASYLUM-PERMIT-HOLDER"));
        UUID late = family(today.minusYears(3).minusDays(3));
        duo(late, "DECISION", "ROUTE", "1000.01", today).statusCode(409).body("rule", equalTo("FINE-MAXIMUM"));
        duo(late, "DECISION", "ROUTE", "500", today.plusDays(1)).statusCode(409)
                .body("rule", equalTo("FACT-NOT-IN-FUTURE"));
        duo(late, "DECISION", "INTAKE_NO_SHOW", "250", today).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body("{\"amount\":-1}")
                .post("/v1/participants/" + late + "/fines").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.hasItems("stage", "kind", "decidedOn", "amount"));
        given().auth().oauth2(DevTokens.officer(Terms.GM)).get("/v1/participants/" + late + "/fines/expected"
                        + "?examsPassed=2").then().statusCode(200)
                .body("items.kind", equalTo(List.of("ROUTE", "MAP", "PVT")))
                .body("items.amount", equalTo(List.of(1000.0f, 340.0f, 340.0f)))
                .body("items.newTerm", equalTo(List.of("P1Y", "P6M", "P6M")));
        given().auth().oauth2(DevTokens.officer(Terms.GM)).get("/v1/participants/" + asylum + "/fines/expected")
                .then().statusCode(200).body("items.amount", equalTo(List.of(0.0f, 0.0f, 0.0f)));
    }

    @Test
    void theMunicipalityFinesByItsOwnStepsAndMaximum_N23_N24() {
        UUID id = participants.known(Terms.GM, TargetGroup.FAMILY_OR_OTHER_MIGRANT);
        String officer = DevTokens.officer(Terms.GM);
        municipal(officer, id, "INTAKE_NO_SHOW", "300", today).statusCode(409).body("rule", equalTo("N23-AMOUNT"));
        municipal(officer, id, "INTAKE_NO_SHOW", "250", today.minusDays(20)).statusCode(201);
        municipal(officer, id, "INTAKE_NO_SHOW", "250", today).statusCode(201);
        municipal(officer, id, "INTAKE_NO_SHOW", "250", today).statusCode(409).body("rule", equalTo("N23-STEPS"));
        municipal(officer, id, "PIP_OBLIGATION", "800.01", today).statusCode(409).body("rule",
                equalTo("FINE-MAXIMUM"));
        municipal(officer, id, "PIP_OBLIGATION", "800", today).statusCode(201).body("kind", equalTo("PIP_OBLIGATION"));
        municipal(officer, id, "ROUTE", "800", today).statusCode(400);
        municipal(DevTokens.officer("GM0599"), id, "PIP_OBLIGATION", "100", today).statusCode(404);
        municipal(DevTokens.duo(), id, "PIP_OBLIGATION", "100", today).statusCode(403);
        given().auth().oauth2(DevTokens.officer("GM0599")).get("/v1/participants/" + id + "/fines").then()
                .statusCode(404);
        given().auth().oauth2(officer).get("/v1/participants/" + id + "/fines").then().statusCode(200)
                .body("items", hasSize(3));
    }
}
