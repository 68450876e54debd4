package nl.inburgering.pvt.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 5, the causes GeneratedBadInputIT found in pvt-service's query parameters (the checks are service-kit's
 * KnownQueryParameters, for every service): a NUL in a free-text filter reached PostgreSQL, which refuses it (a 500);
 * a date filter took the year 0.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class PvtBadInputTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void aControlCharacterInAQueryValueIsA400NamingTheParameter_issue14() {
        // sent as written: REST Assured would encode the % itself
        given().urlEncodingEnabled(false).auth().oauth2(DevTokens.officer("GM0363"))
                .when().get("/v1/pvt-sessions?provider=a%00b")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("provider"))
                .body("errors[0].code", equalTo("control-character"));
    }

    @Test
    void aQueryDateOutsideTheYears1900To2199IsA400LikeABodyDate_issue14() {
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/pvt-sessions?from=0000-01-01")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/pvt-sessions?to=2026-02-30")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/pvt-sessions?from=2026-01-01&to=2026-12-31")
                .then().statusCode(200);
    }
}
