package nl.inburgering.pip.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import nl.inburgering.contracts.events.EventType;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import nl.inburgering.pip.support.Events;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Issue item 1: target group changes (SS124/SS125), moves (E10) and the end of the obligation (E14), role duo. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ParticipantChangesTest {

    static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    // --- target group change ----------------------------------------------------------------------------

    @Test
    void aTargetGroupChangeIsRecordedWithItsDuoCodeReadBackAndPublished() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        String location = given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"targetGroup\":\"FAMILY_OR_OTHER_MIGRANT\",\"effectiveDate\":\"2026-06-01\"}")
                .when().post("/v1/participants/" + id + "/target-group-changes")
                .then().statusCode(201)
                .body("fromGroup", equalTo("ASYLUM_PERMIT_HOLDER")).body("toGroup", equalTo("FAMILY_OR_OTHER_MIGRANT"))
                .body("duoEventCode", equalTo("SS124")).body("effectiveDate", equalTo("2026-06-01"))
                .extract().header("Location");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"targetGroup\":\"ASYLUM_PERMIT_HOLDER\",\"effectiveDate\":\"2026-07-01\",\"duoTargetGroupCode\":\"ASH\"}")
                .when().post("/v1/participants/" + id + "/target-group-changes")
                .then().statusCode(201).body("duoEventCode", equalTo("SS125"));

        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/participants/" + id + "/target-group-changes")
                .then().statusCode(200).body("items", hasSize(2)).body("total", equalTo(2))
                .body("items[0].duoEventCode", equalTo("SS125")).body("items[1].duoEventCode", equalTo("SS124"))
                .header("Link", containsString("rel=\"first\""));
        given().auth().oauth2(DevTokens.participant(id)).when().get(location)
                .then().statusCode(200).body("duoEventCode", equalTo("SS124"));
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/participants/" + id)
                .then().statusCode(200).body("targetGroup", equalTo("ASYLUM_PERMIT_HOLDER"))
                .body("duoTargetGroupCode", equalTo("ASH"));

        var events = new Events(bootstrap).awaitPipEvents(id, EventType.PARTICIPANT_TARGET_GROUP_CHANGED, 2);
        JsonNode first = Events.json(events.get(0).value());
        assertThat(first.at("/data/targetGroup").asText()).isEqualTo("FAMILY_OR_OTHER_MIGRANT");
        assertThat(first.at("/data/effectiveDate").asText()).isEqualTo("2026-06-01");
    }

    @Test
    void theSameTargetGroupIs409E11() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"targetGroup\":\"ASYLUM_PERMIT_HOLDER\",\"effectiveDate\":\"2026-06-01\"}")
                .when().post("/v1/participants/" + id + "/target-group-changes")
                .then().statusCode(409).contentType(PROBLEM).body("rule", equalTo("E11"));
    }

    /** E11, DUO AsielrechtenWijzigingVerblijfsdoel (issue 8 item 4): the request and the event say which rights apply. */
    @Test
    void e11BehoudAsielrechtenIsRecordedAndPublished() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"targetGroup\":\"FAMILY_OR_OTHER_MIGRANT\",\"effectiveDate\":\"2026-06-01\","
                        + "\"rightsAfterChange\":\"ASYLUM_RIGHTS_KEPT\"}")
                .when().post("/v1/participants/" + id + "/target-group-changes")
                .then().statusCode(201).body("rightsAfterChange", equalTo("ASYLUM_RIGHTS_KEPT"))
                .body("rightsAfterChangeDuo", equalTo("Behoud asielrechten"));
        JsonNode event = Events.json(new Events(bootstrap)
                .awaitPipEvents(id, EventType.PARTICIPANT_TARGET_GROUP_CHANGED, 1).get(0).value());
        assertThat(event.at("/data/rightsAfterChange").asText()).isEqualTo("ASYLUM_RIGHTS_KEPT");

        // Without rights, those of the new group; rights that belong to the other direction are refused.
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"targetGroup\":\"ASYLUM_PERMIT_HOLDER\",\"effectiveDate\":\"2026-07-01\","
                        + "\"rightsAfterChange\":\"ASYLUM_RIGHTS_KEPT\"}")
                .when().post("/v1/participants/" + id + "/target-group-changes")
                .then().statusCode(409).contentType(PROBLEM).body("rule", equalTo("E11"))
                .body("detail", containsString("Behoud asielrechten"));
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"targetGroup\":\"ASYLUM_PERMIT_HOLDER\",\"effectiveDate\":\"2026-07-01\"}")
                .when().post("/v1/participants/" + id + "/target-group-changes")
                .then().statusCode(201).body("rightsAfterChange", equalTo("ASYLUM_RIGHTS_GRANTED"));
    }

    @Test
    void aTargetGroupChangeWithoutFieldsIs400ListingThem() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body("{\"duoTargetGroupCode\":\"" + "X".repeat(30) + "\"}")
                .when().post("/v1/participants/" + id + "/target-group-changes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("targetGroup", "effectiveDate", "duoTargetGroupCode"))
                .body("errors", hasSize(3));
    }

    @Test
    void onlyDuoChangesTheTargetGroup() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        String body = "{\"targetGroup\":\"FAMILY_OR_OTHER_MIGRANT\",\"effectiveDate\":\"2026-06-01\"}";
        given().contentType("application/json").body(body)
                .when().post("/v1/participants/" + id + "/target-group-changes").then().statusCode(401);
        given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json").body(body)
                .when().post("/v1/participants/" + id + "/target-group-changes").then().statusCode(403);
        given().auth().oauth2(DevTokens.participant(id)).contentType("application/json").body(body)
                .when().post("/v1/participants/" + id + "/target-group-changes").then().statusCode(403);
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body(body)
                .when().post("/v1/participants/" + UUID.randomUUID() + "/target-group-changes").then().statusCode(404);
    }

    @Test
    void changesAreHiddenFromAnotherMunicipalityAndAnotherParticipant() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        given().auth().oauth2(DevTokens.officer("GM0344")).when().get("/v1/participants/" + id + "/target-group-changes")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(DevTokens.participant(UUID.randomUUID()))
                .when().get("/v1/participants/" + id + "/target-group-changes").then().statusCode(404);
        given().auth().oauth2(DevTokens.participant(id)).when().get("/v1/participants/" + id + "/target-group-changes")
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(DevTokens.examProvider()).when().get("/v1/participants/" + id + "/target-group-changes")
                .then().statusCode(403);
    }

    // --- moves ---------------------------------------------------------------------------------------------

    @Test
    void aChildRecordIsReadOnlyUnderItsOwnParticipant_DESIGN6() {
        UUID mover = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        UUID other = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        String moveId = given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"toMunicipalityCode\":\"GM0599\",\"movedOn\":\"" + Api.today() + "\"}")
                .when().post("/v1/participants/" + mover + "/moves")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.duo()).when().get("/v1/participants/" + mover + "/moves/" + moveId)
                .then().statusCode(200).body("id", equalTo(moveId));
        // The same move id under another participant the caller may read: no hint that it exists.
        given().auth().oauth2(DevTokens.duo()).when().get("/v1/participants/" + other + "/moves/" + moveId)
                .then().statusCode(404).body("detail", equalTo("No move with this id."));
    }

    @Test
    void aMoveHandsTheParticipantToTheNewMunicipalityAndTheOldOneKeepsReadAccessForAMonth() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        String today = Api.today().toString();
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"toMunicipalityCode\":\"GM0599\",\"movedOn\":\"" + today + "\"}")
                .when().post("/v1/participants/" + id + "/moves")
                .then().statusCode(201).header("Location", containsString("/moves/"))
                .body("fromMunicipalityCode", equalTo("GM0363")).body("toMunicipalityCode", equalTo("GM0599"))
                .body("municipalityRegistrationDate", equalTo(today))
                .body("previousMunicipalityAccessUntil", equalTo(Api.today().plusMonths(1).toString()));

        // The new municipality reads and acts; the old one still reads, but cannot act any more.
        given().auth().oauth2(DevTokens.officer("GM0599")).when().get("/v1/participants/" + id)
                .then().statusCode(200).body("municipalityCode", equalTo("GM0599"))
                .body("previousMunicipalityCode", equalTo("GM0363"));
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/participants/" + id + "/moves")
                .then().statusCode(200).body("items", hasSize(1));
        // E10 (issue 8 item 11): the previous municipality, which may read, is told its access is read-only.
        Api.postPlan("GM0363", id, Api.plan(today, "B1")).statusCode(403).contentType(PROBLEM)
                .body("type", containsString("read-only")).body("detail", containsString("only GM0599 may change"));
        Api.postPlan("GM0014", id, Api.plan(today, "B1")).statusCode(404);
        Api.postPlan("GM0599", id, Api.plan(today, "B1")).statusCode(201).body("municipalityCode", equalTo("GM0599"));
        // A third municipality sees nothing.
        given().auth().oauth2(DevTokens.officer("GM0014")).when().get("/v1/participants/" + id).then().statusCode(404);

        JsonNode event = Events.json(new Events(bootstrap).awaitPipEvents(id, EventType.PARTICIPANT_MOVED, 1).get(0).value());
        assertThat(event.at("/data/fromMunicipalityCode").asText()).isEqualTo("GM0363");
        assertThat(event.at("/data/toMunicipalityCode").asText()).isEqualTo("GM0599");
        assertThat(event.at("/data/movedOn").asText()).isEqualTo(today);
    }

    @Test
    void aMoveDatedAfterTodayIs409_issue8item12() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"toMunicipalityCode\":\"GM0599\",\"movedOn\":\"" + Api.today().plusDays(60) + "\"}")
                .when().post("/v1/participants/" + id + "/moves")
                .then().statusCode(409).contentType(PROBLEM).body("rule", equalTo("FACT-NOT-IN-FUTURE"));
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/participants/" + id)
                .then().statusCode(200).body("municipalityCode", equalTo("GM0363"));
    }

    @Test
    void aMonthAfterTheMoveThePreviousMunicipalityGets404() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        String longAgo = Api.today().minusMonths(1).minusDays(1).toString();
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"toMunicipalityCode\":\"GM0599\",\"movedOn\":\"" + longAgo + "\"}")
                .when().post("/v1/participants/" + id + "/moves").then().statusCode(201);
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/participants/" + id).then().statusCode(404);
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/participants/" + id + "/moves")
                .then().statusCode(404);
        given().auth().oauth2(DevTokens.officer("GM0599")).when().get("/v1/participants/" + id).then().statusCode(200);
    }

    @Test
    void aPipAfterAMoveMayNotPrecedeTheRegistrationInTheNewMunicipality() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"toMunicipalityCode\":\"GM0599\",\"movedOn\":\"2026-03-01\",\"municipalityRegistrationDate\":\"2026-03-05\"}")
                .when().post("/v1/participants/" + id + "/moves").then().statusCode(201);
        Api.postPlan("GM0599", id, Api.plan("2026-03-04", "B1")).statusCode(409).body("rule", equalTo("DUO-PIP-2"));
        Api.postPlan("GM0599", id, Api.plan("2026-03-05", "B1")).statusCode(201);
    }

    @Test
    void aMoveToTheSameMunicipalityIs409E10AndAnInvalidOneIs400() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"toMunicipalityCode\":\"GM0363\",\"movedOn\":\"2026-03-01\"}")
                .when().post("/v1/participants/" + id + "/moves")
                .then().statusCode(409).body("rule", equalTo("E10"));
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"toMunicipalityCode\":\"Utrecht\"}")
                .when().post("/v1/participants/" + id + "/moves")
                .then().statusCode(400).body("errors.field", hasItems("toMunicipalityCode", "movedOn"))
                .body("errors", hasSize(2));
        given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json")
                .body("{\"toMunicipalityCode\":\"GM0599\",\"movedOn\":\"2026-03-01\"}")
                .when().post("/v1/participants/" + id + "/moves").then().statusCode(403);
    }

    // --- end of the obligation -------------------------------------------------------------------------------

    /** DUO RedenGeenInburgeringsplicht "Verblijfsdoel gewijzigd" (issue 8 item 10). */
    @Test
    void aChangedResidencePurposeEndsTheObligationWithDuosReason() {
        UUID id = Api.register("GM0363", "FAMILY_OR_OTHER_MIGRANT");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"reason\":\"RESIDENCE_PURPOSE_CHANGED\",\"endedOn\":\"2026-09-01\"}")
                .when().post("/v1/participants/" + id + "/obligation-end")
                .then().statusCode(201).body("reasonDuo", equalTo("Verblijfsdoel gewijzigd"));
        JsonNode event = Events.json(new Events(bootstrap)
                .awaitPipEvents(id, EventType.PARTICIPANT_OBLIGATION_ENDED, 1).get(0).value());
        assertThat(event.at("/data/reason").asText()).isEqualTo("RESIDENCE_PURPOSE_CHANGED");
    }

    @Test
    void theObligationEndsOnceAndClosesTheCase() {
        UUID id = Api.register("GM0363", "FAMILY_OR_OTHER_MIGRANT");
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/participants/" + id + "/obligation-end")
                .then().statusCode(404);
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"reason\":\"NATURALISED\",\"endedOn\":\"2026-09-01\"}")
                .when().post("/v1/participants/" + id + "/obligation-end")
                .then().statusCode(201).header("Location", containsString("/obligation-end"))
                .body("reason", equalTo("NATURALISED")).body("reasonDuo", equalTo("Overig"))
                .body("status", equalTo("OBLIGATION_ENDED"));
        given().auth().oauth2(DevTokens.participant(id)).when().get("/v1/participants/" + id + "/obligation-end")
                .then().statusCode(200).body("endedOn", equalTo("2026-09-01"));
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"reason\":\"DECEASED\",\"endedOn\":\"2026-10-01\"}")
                .when().post("/v1/participants/" + id + "/obligation-end")
                .then().statusCode(409).body("rule", equalTo("E14"));
        // A closed case takes no PIP.
        Api.postPlan("GM0363", id, Api.plan("2026-09-15", "B1")).statusCode(409).body("rule", equalTo("E14"));
        Api.progress(DevTokens.officer("GM0363"), id).statusCode(200).body("status", equalTo("OBLIGATION_ENDED"))
                .body("closure.kind", equalTo("OBLIGATION_ENDED"));

        JsonNode event = Events.json(new Events(bootstrap)
                .awaitPipEvents(id, EventType.PARTICIPANT_OBLIGATION_ENDED, 1).get(0).value());
        assertThat(event.at("/data/reason").asText()).isEqualTo("NATURALISED");
        assertThat(event.at("/data/endedOn").asText()).isEqualTo("2026-09-01");
    }

    @Test
    void anObligationEndNeedsAKnownReasonAndADate() {
        UUID id = Api.register("GM0363", "FAMILY_OR_OTHER_MIGRANT");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body("{}")
                .when().post("/v1/participants/" + id + "/obligation-end")
                .then().statusCode(400).body("errors.field", hasItems("reason", "endedOn"));
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"reason\":\"BORED\",\"endedOn\":\"2026-09-01\"}")
                .when().post("/v1/participants/" + id + "/obligation-end")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json")
                .body("{\"reason\":\"NATURALISED\",\"endedOn\":\"2026-09-01\"}")
                .when().post("/v1/participants/" + id + "/obligation-end").then().statusCode(403);
        given().auth().oauth2(DevTokens.officer("GM0344")).when().get("/v1/participants/" + id + "/obligation-end")
                .then().statusCode(404);
    }
}
