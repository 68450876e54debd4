package nl.inburgering.pip.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The service-kit's API conventions, exercised through pip-service (DESIGN §4, issue "foundation" item 4):
 * every error is problem+json with the right status, and nothing is ever a 5xx.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ApiConventionsTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIs400() {
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body("{\"bsn\": ")
                .when().post("/v1/participants")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://inburgering.nl/problems/malformed-json"))
                .body("status", equalTo(400)).body("title", equalTo("Malformed JSON")).body("detail", notNullValue())
                .header("API-Version", notNullValue());
    }

    @Test
    void everyMissingOrInvalidFieldIsListedInOne400() {
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"bsn\":\"123456789\",\"municipalityCode\":\"Amsterdam\"}")
                .when().post("/v1/participants")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("bsn", "name", "dateOfBirth", "targetGroup", "municipalityCode",
                        "obligationStartDate", "notificationDate", "municipalityRegistrationDate"))
                .body("errors", hasSize(8))
                .body("errors.find { it.field == 'bsn' }.code", equalTo("validBsn"));
    }

    @Test
    void unknownFieldIs400() {
        String body = TestData.registration(TestData.randomBsn(), "GM0363").replace("{", "{\"verwijtbaar\":true,");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body(body)
                .when().post("/v1/participants")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("verwijtbaar"));
    }

    @Test
    void wrongEnumValueIs400NamingTheField() {
        String body = TestData.registration(TestData.randomBsn(), "GM0363").replace("ASYLUM_PERMIT_HOLDER", "TOURIST");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body(body)
                .when().post("/v1/participants")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("targetGroup"));
    }

    @Test
    void wrongContentTypeIs415() {
        given().auth().oauth2(DevTokens.duo()).contentType("text/plain").body("hello")
                .when().post("/v1/participants")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void trailingSlashIs404NotARedirect() {
        given().auth().oauth2(DevTokens.officer("GM0363")).redirects().follow(false)
                .when().get("/v1/participants/")
                .then().statusCode(404).contentType(PROBLEM).header("API-Version", notNullValue());
    }

    @Test
    void unknownResourceIs404() {
        given().auth().oauth2(DevTokens.duo())
                .when().get("/v1/nothing-here")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void unknownParticipantIs404() {
        given().auth().oauth2(DevTokens.duo())
                .when().get("/v1/participants/7d0f4a53-5e65-4c4b-9b39-1f4f2a1c0e11")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void methodNotAllowedIs405WithAllow() {
        given().auth().oauth2(DevTokens.duo())
                .when().delete("/v1/participants")
                .then().statusCode(405).contentType(PROBLEM).header("Allow", containsString("POST"));
    }

    @Test
    void noTokenIs401() {
        given().contentType("application/json").body(TestData.registration(TestData.randomBsn(), "GM0363"))
                .when().post("/v1/participants")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void badTokenIs401() {
        given().auth().oauth2("not.a.token").contentType("application/json")
                .body(TestData.registration(TestData.randomBsn(), "GM0363"))
                .when().post("/v1/participants")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void wrongRoleIs403() {
        given().auth().oauth2(DevTokens.examProvider()).contentType("application/json")
                .body(TestData.registration(TestData.randomBsn(), "GM0363"))
                .when().post("/v1/participants")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void duplicateBsnIs409NamingTheRule() {
        String body = TestData.registration(TestData.randomBsn(), "GM0363");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body(body)
                .when().post("/v1/participants").then().statusCode(201);
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body(body)
                .when().post("/v1/participants")
                .then().statusCode(409).contentType(PROBLEM).body("rule", equalTo("BSN-UNIQUE"))
                .body("detail", containsString("BSN-UNIQUE"));
    }

    @Test
    void openApiDocumentIsPublicWithCorsAndVersion() {
        given().when().get("/v1/openapi.json")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("*"))
                .header("API-Version", equalTo("1.0.0"))
                .body("openapi", notNullValue())
                .body("paths.'/v1/participants'.post.responses.'400'.content.'application/problem+json'", notNullValue());
    }

    @Test
    void healthIsPublicAndCarriesTheVersionHeader() {
        given().when().get("/q/health/live").then().statusCode(200).header("API-Version", notNullValue());
    }

    @Test
    void securityHeadersOnEveryResponse() {
        given().auth().oauth2(DevTokens.duo()).when().get("/v1/participants/7d0f4a53-5e65-4c4b-9b39-1f4f2a1c0e11")
                .then().header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", containsString("no-store"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void anUnexpectedErrorIs500WithACorrelationIdAndNoInternals() {
        given().auth().oauth2(DevTokens.duo())
                .when().get("/v1/test-only/failure")
                .then().statusCode(500).contentType(PROBLEM)
                .body("correlationId", notNullValue())
                .body(org.hamcrest.Matchers.not(containsString("select * from")))
                .body(org.hamcrest.Matchers.not(containsString("IllegalStateException")));
    }
}
