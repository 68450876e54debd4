package nl.inburgering.pip.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 7: a verdict carries a stable code, a plain sentence in the language asked for (Accept-Language;
 * Dutch by default) and the legal source, never an internal document's section number.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ExplanationTest {

    static final String GM = "GM0363";

    @Test
    void theProgressViewExplainsEachRequirementInDutchByDefaultAndInEnglishOnRequest() {
        UUID id = Api.register(GM, "FAMILY_OR_OTHER_MIGRANT");
        Api.establish(GM, id, Api.plan("2026-02-01", "EDUCATION"));

        given().auth().oauth2(DevTokens.officer(GM)).when().get("/v1/participants/" + id + "/progress").then()
                .statusCode(200)
                .body("requirements.find { it.requirement == 'PVT' }.explanation.code", equalTo("REQ-PVT"))
                .body("requirements.find { it.requirement == 'PVT' }.explanation.text", containsString("participatieverklaring"))
                .body("requirements.find { it.requirement == 'MAP' }.explanation.code", equalTo("REQ-NO-MAP-EDUCATION"))
                .body("requirements.explanation.source", everyItem(containsString("2021")))
                .body("requirements.explanation.text", everyItem(not(containsString("§"))))
                .body("requirements.explanation.source", everyItem(not(containsString("rules"))));

        given().auth().oauth2(DevTokens.officer(GM)).header("Accept-Language", "en-GB,en;q=0.9,nl;q=0.5")
                .when().get("/v1/participants/" + id + "/progress").then().statusCode(200)
                .body("requirements.find { it.requirement == 'PVT' }.explanation.text",
                        containsString("participation statement"));
    }

    @Test
    void aRuleViolationNamesItsRuleAndExplainsIt() {
        UUID id = Api.register(GM, "FAMILY_OR_OTHER_MIGRANT");
        // DUO-PIP-5: B1 may not be combined with the Z-route
        String plan = Api.plan("2026-02-01", "SELF_SUFFICIENCY", "B1");
        Api.postPlan(GM, id, plan).statusCode(409).body("rule", equalTo("DUO-PIP-5"))
                .body("explanation.code", equalTo("DUO-PIP-5"))
                .body("explanation.text", notNullValue())
                .body("explanation.source", notNullValue());
        given().auth().oauth2(DevTokens.officer(GM)).header("Accept-Language", "en").contentType("application/json")
                .body(plan).when().post("/v1/participants/" + id + "/plans").then().statusCode(409)
                .body("explanation.text", containsString("Z-route"));
    }
}
