package nl.inburgering.pip.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import org.junit.jupiter.api.Test;

/** Issue item 2: the brede intake with the leerbaarheidstoets, optimistic concurrency with ETag / If-Match. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class IntakeTest {

    static final String PROBLEM = "application/problem+json";

    static String intake(String outcome, String testFields) {
        return """
                {"interviewDate":"2026-02-10","educationDiscussed":true,"workExperienceDiscussed":true,
                 "personalCircumstancesDiscussed":false,
                 "learnabilityTest":{"outcome":"%s"%s}}""".formatted(outcome, testFields);
    }

    static final String FEASIBLE = intake("B1_ROUTE_FEASIBLE",
            ",\"score\":62.50,\"requiredScore\":55.00,\"testDate\":\"2026-02-05\"");

    static String url(UUID id) {
        return "/v1/participants/" + id + "/intake";
    }

    @Test
    void theIntakeIsCreatedReadAndReplacedWithIfMatch() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/participants/" + id)
                .then().body("status", equalTo("REGISTERED"));
        String etag = given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json").body(FEASIBLE)
                .when().put(url(id))
                .then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("learnabilityTest.outcome", equalTo("B1_ROUTE_FEASIBLE"))
                .body("learnabilityTest.duoValue", equalTo("B1-route haalbaar"))
                .body("learnabilityTest.score", equalTo(62.5f))
                .body("learnabilityTest.requiredScore", equalTo(55.0f))
                .body("learnabilityTest.testDate", equalTo("2026-02-05"))
                .body("personalCircumstancesDiscussed", equalTo(false))
                .extract().header("ETag");
        // The brede intake moves the status to INTAKE.
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/participants/" + id)
                .then().body("status", equalTo("INTAKE"));

        given().auth().oauth2(DevTokens.participant(id)).when().get(url(id))
                .then().statusCode(200).header("ETag", equalTo(etag)).body("interviewDate", equalTo("2026-02-10"));

        String skipped = intake("SKIPPED", "");
        given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json").header("If-Match", etag)
                .body(skipped).when().put(url(id))
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("learnabilityTest.outcome", equalTo("SKIPPED"))
                .body("learnabilityTest.duoValue", nullValue()).body("learnabilityTest.score", nullValue());
        // The same If-Match again is stale now: 412.
        given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json").header("If-Match", etag)
                .body(FEASIBLE).when().put(url(id))
                .then().statusCode(412).contentType(PROBLEM);
        // Without If-Match an existing intake is not replaced: 428.
        given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json")
                .body(FEASIBLE).when().put(url(id))
                .then().statusCode(428).contentType(PROBLEM);
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get(url(id))
                .then().statusCode(200).body("learnabilityTest.outcome", equalTo("SKIPPED")).body("version", equalTo(1));
    }

    @Test
    void creatingWithAnIfMatchIs412AndAGarbledIfMatchIs412() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json").header("If-Match", "\"0\"")
                .body(FEASIBLE).when().put(url(id)).then().statusCode(412);
        given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json").body(FEASIBLE)
                .when().put(url(id)).then().statusCode(201);
        given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json").header("If-Match", "\"abc\"")
                .body(FEASIBLE).when().put(url(id)).then().statusCode(412);
    }

    @Test
    void everyMissingFieldIsListedInOne400() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json").body("{}")
                .when().put(url(id))
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("interviewDate", "educationDiscussed", "workExperienceDiscussed",
                        "personalCircumstancesDiscussed", "learnabilityTest"))
                .body("errors", hasSize(5));
    }

    @Test
    void aTestResultNeedsScoreRequiredScoreAndDateAndSkippedHasNone() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json")
                .body(intake("UNKNOWN", "")).when().put(url(id))
                .then().statusCode(400)
                .body("errors.field", hasItems("learnabilityTest.score", "learnabilityTest.requiredScore",
                        "learnabilityTest.testDate"))
                .body("errors", hasSize(3));
        given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json")
                .body(intake("SKIPPED", ",\"score\":10.00")).when().put(url(id))
                .then().statusCode(400).body("errors[0].field", equalTo("learnabilityTest.score"));
        given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json")
                .body(intake("B1_ROUTE_NOT_FEASIBLE", ",\"score\":1000.001,\"requiredScore\":55.00,\"testDate\":\"2026-02-05\""))
                .when().put(url(id))
                .then().statusCode(400).body("errors.field", hasItems("learnabilityTest.score"));
        // No field for health details: an unknown field is refused, not stored.
        given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json")
                .body(FEASIBLE.replace("{\"interviewDate\"", "{\"healthNotes\":\"x\",\"interviewDate\""))
                .when().put(url(id)).then().statusCode(400).body("errors[0].field", equalTo("healthNotes"));
    }

    @Test
    void onlyAnOfficerOfTheMunicipalityRecordsTheIntake() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        given().contentType("application/json").body(FEASIBLE).when().put(url(id)).then().statusCode(401);
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body(FEASIBLE)
                .when().put(url(id)).then().statusCode(403);
        given().auth().oauth2(DevTokens.participant(id)).contentType("application/json").body(FEASIBLE)
                .when().put(url(id)).then().statusCode(403);
        given().auth().oauth2(DevTokens.officer("GM0344")).contentType("application/json").body(FEASIBLE)
                .when().put(url(id)).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json").body(FEASIBLE)
                .when().put(url(id)).then().statusCode(201);
        given().auth().oauth2(DevTokens.officer("GM0344")).when().get(url(id)).then().statusCode(404);
        given().auth().oauth2(DevTokens.participant(UUID.randomUUID())).when().get(url(id)).then().statusCode(404);
        given().auth().oauth2(DevTokens.duo()).when().get(url(id)).then().statusCode(200);
    }
}
