package nl.inburgering.deadline.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
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

/** Issue 11 item 4 against the real stack: DUO's exemptions, their events and the pause of the term. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ExemptionTest {

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

    static ValidatableResponse grant(String token, UUID id, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/v1/participants/" + id + "/exemptions").then();
    }

    List<JsonNode> events(UUID id, String type) {
        return Terms.data(participants, id, type);
    }

    @Test
    void aPartialVrijstellingIsPublishedWithItsComponentsAndLevel_section1_2() {
        UUID id = participants.known(Terms.GM, TargetGroup.FAMILY_OR_OTHER_MIGRANT);
        grant(DevTokens.duo(), id, "{\"ground\":\"GED\",\"scope\":\"PARTIAL\",\"components\":[\"READING\","
                + "\"LISTENING\"],\"level\":\"B1\",\"validFrom\":\"" + today + "\",\"decidedOn\":\"" + today + "\"}")
                .statusCode(201).body("kind", equalTo("VRIJSTELLING")).body("components",
                        containsInAnyOrder("READING", "LISTENING")).body("pausedDays", equalTo(0));
        List<JsonNode> granted = events(id, "exemption.granted");
        assertThat(granted).hasSize(1);
        assertThat(granted.get(0).get("scope").asText()).isEqualTo("PARTIAL");
        assertThat(granted.get(0).get("level").asText()).isEqualTo("B1");
        assertThat(granted.get(0).get("components")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("READING", "LISTENING");
        given().auth().oauth2(DevTokens.participant(id)).get("/v1/participants/" + id + "/exemptions").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].ground", equalTo("GED"));
        assertThat(AuditTrail.count("exemption.grant", id, "SUCCESS")).isEqualTo(1);
    }

    @Test
    void aPartialOntheffingCarriesTheParticipationHourCapAndNoDiagnosis_section1_2() {
        UUID id = participants.known(Terms.GM, TargetGroup.ASYLUM_PERMIT_HOLDER);
        String med = "{\"ground\":\"MED\",\"scope\":\"PARTIAL\",\"components\":[\"SPEAKING\"],"
                + "\"participationHoursCap\":400,\"validFrom\":\"" + today + "\",\"decidedOn\":\"" + today + "\"";
        // there is no field for a diagnosis: one sent anyway is refused, not stored
        grant(DevTokens.duo(), id, med + ",\"diagnosis\":\"not stored\"}").statusCode(400).contentType(PROBLEM);
        grant(DevTokens.duo(), id, med + "}").statusCode(201).body("kind", equalTo("ONTHEFFING"));
        JsonNode granted = events(id, "exemption.granted").get(0);
        assertThat(granted.get("participationHoursCap").asInt()).isEqualTo(400);
        assertThat(granted.toString()).doesNotContain("not stored");
    }

    @Test
    void aFullExemptionClosesTheCaseAndTheTerm_section1_2_E14() {
        UUID id = Terms.participantWithTermFrom(participants, today.minusYears(1));
        grant(DevTokens.duo(), id, "{\"ground\":\"DIP\",\"scope\":\"FULL\",\"validFrom\":\"" + today
                + "\",\"decidedOn\":\"" + today + "\"}").statusCode(201);
        participants.awaitReplica(id, k -> k.fullyExemptFrom() != null);
        given().auth().oauth2(DevTokens.operator()).post("/v1/operations/term-signals").then().statusCode(200);
        List<JsonNode> closed = events(id, "term.closed");
        assertThat(closed).hasSize(1);
        assertThat(closed.get(0).get("outcome").asText()).isEqualTo("EXEMPTED");
        grant(DevTokens.duo(), id, "{\"ground\":\"GED\",\"scope\":\"PARTIAL\",\"components\":[\"READING\"],"
                + "\"level\":\"A2\",\"validFrom\":\"" + today + "\",\"decidedOn\":\"" + today + "\"}")
                .statusCode(409).contentType(PROBLEM).body("rule", equalTo("E14"));
    }

    @Test
    void aTemporaryExemptionStopsTheTermsClockAndMovesTheEnd_section7_1_SS130() {
        LocalDate start = today.minusYears(1);
        UUID id = Terms.participantWithTermFrom(participants, start);
        LocalDate end = start.plusYears(3);
        LocalDate from = today.minusDays(30);
        LocalDate until = today.plusDays(59); // 90 days
        String body = "{\"ground\":\"INS\",\"scope\":\"TEMPORARY\",\"validFrom\":\"" + from + "\",\"validUntil\":\""
                + until + "\",\"decidedOn\":\"" + today + "\"}";
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) { // a retry with the same key: one decision, one pause
            given().auth().oauth2(DevTokens.duo()).header("Idempotency-Key", key).contentType("application/json")
                    .body(body).post("/v1/participants/" + id + "/exemptions").then().statusCode(201)
                    .body("pausedDays", equalTo(90)).body("previousEndDateExclusive", equalTo(end.toString()))
                    .body("endDateExclusive", equalTo(end.plusDays(90).toString()));
        }
        given().auth().oauth2(DevTokens.officer(Terms.GM)).get("/v1/participants/" + id + "/term").then()
                .statusCode(200).body("endDateExclusive", equalTo(end.plusDays(90).toString()));
        List<JsonNode> extended = events(id, "term.extended");
        assertThat(extended).hasSize(1);
        assertThat(extended.get(0).get("ground").asText()).isEqualTo("TEMPORARY_EXEMPTION");
        assertThat(extended.get(0).get("previousEndDateExclusive").asText()).isEqualTo(end.toString());
        assertThat(extended.get(0).get("endDateExclusive").asText()).isEqualTo(end.plusDays(90).toString());
        assertThat(events(id, "exemption.granted")).hasSize(1);
        // the clock stops once for a day
        grant(DevTokens.duo(), id, "{\"ground\":\"OPL\",\"scope\":\"TEMPORARY\",\"validFrom\":\"" + until
                + "\",\"validUntil\":\"" + until.plusDays(10) + "\",\"decidedOn\":\"" + today + "\"}")
                .statusCode(409).body("rule", equalTo("EXEMPTION-TEMPORARY-OVERLAP"));
    }

    @Test
    void aDecisionOutsideDuosModelIsA400ListingEveryError_section1_2() {
        UUID id = participants.known(Terms.GM, TargetGroup.ASYLUM_PERMIT_HOLDER);
        grant(DevTokens.duo(), id, "{\"kind\":\"ONTHEFFING\",\"ground\":\"GED\",\"scope\":\"FULL\",\"components\":"
                + "[\"KNM\"],\"participationHoursCap\":5,\"validFrom\":\"" + today + "\",\"validUntil\":\""
                + today.minusDays(1) + "\",\"decidedOn\":\"" + today + "\"}").statusCode(400).contentType(PROBLEM)
                .body("errors.code", containsInAnyOrder("§1.2-ground-kind", "§1.2-ground-scope",
                        "§1.2-partial-components", "§1.2-hours-cap", "before-valid-from"));
        grant(DevTokens.duo(), id, "{}").statusCode(400).contentType(PROBLEM).body("errors.field",
                containsInAnyOrder("ground", "scope", "validFrom", "decidedOn"));
        grant(DevTokens.duo(), id, "{\"ground\":\"DIP\",\"scope\":\"FULL\",\"validFrom\":\"" + today
                + "\",\"decidedOn\":\"" + today.plusDays(1) + "\"}").statusCode(409)
                .body("rule", equalTo("FACT-NOT-IN-FUTURE"));
        assertThat(events(id, "exemption.granted")).isEmpty();
    }

    @Test
    void onlyDuoGrantsAndOnlyTheCaseReads() {
        UUID id = participants.known(Terms.GM, TargetGroup.ASYLUM_PERMIT_HOLDER);
        String full = "{\"ground\":\"DIP\",\"scope\":\"FULL\",\"validFrom\":\"" + today + "\",\"decidedOn\":\""
                + today + "\"}";
        grant(DevTokens.officer(Terms.GM), id, full).statusCode(403);
        grant(DevTokens.participant(id), id, full).statusCode(403);
        given().contentType("application/json").body(full).post("/v1/participants/" + id + "/exemptions").then()
                .statusCode(401);
        grant(DevTokens.duo(), UUID.randomUUID(), full).statusCode(404);
        given().auth().oauth2(DevTokens.officer("GM0599")).get("/v1/participants/" + id + "/exemptions").then()
                .statusCode(404);
        given().auth().oauth2(DevTokens.participant(UUID.randomUUID())).get("/v1/participants/" + id
                + "/exemptions").then().statusCode(404);
        given().auth().oauth2(DevTokens.officer(Terms.GM)).get("/v1/participants/" + id + "/exemptions").then()
                .statusCode(200).body("items", hasSize(0));
        assertThat(AuditTrail.count("exemption.read", id, "SUCCESS")).isEqualTo(1);
    }
}
