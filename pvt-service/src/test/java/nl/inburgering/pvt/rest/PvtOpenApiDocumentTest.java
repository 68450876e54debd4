package nl.inburgering.pvt.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nl.inburgering.kit.testing.OpenApiChecks;
import nl.inburgering.localstack.LocalStackResource;
import org.junit.jupiter.api.Test;

/** Issue 10 item 8: every operation documented with its errors, every request field with an example. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class PvtOpenApiDocumentTest {

    JsonNode document() throws Exception {
        return new ObjectMapper().readTree(given().when().get("/v1/openapi.json").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void everyOperationHasASummaryADescriptionAndItsProblemResponses() throws Exception {
        JsonNode document = document();
        assertThat(document.get("paths").has("/v1/participants/{participantId}/pvt/signing")).isTrue();
        assertThat(document.get("paths").has("/v1/pvt-sessions/{sessionId}/attendance")).isTrue();
        assertThat(OpenApiChecks.undocumentedOperations(document)).isEmpty();
    }

    @Test
    void requestBodiesCarryExamplesAndTheDutchTermsStandBesideTheEnglishNames() throws Exception {
        JsonNode document = document();
        assertThat(OpenApiChecks.requestFieldsWithoutExample(document, List.of("PvtSessionRequest",
                "PvtEnrolmentRequest", "PvtAttendanceLine", "PvtIndividualAttendanceRequest", "PvtSigningRequest",
                "PvtWithdrawalRequest"))).as("request fields without an example").isEmpty();
        String text = document.toString().toLowerCase();
        for (String dutch : List.of("participatieverklaringstraject", "participatieverklaring", "ondertekening",
                "verwijtbaar", "inburgeringstermijn", "bijeenkomst", "presentielijst")) {
            assertThat(text).as(dutch).contains(dutch);
        }
        assertThat(document.path("paths").path("/v1/participants/{participantId}/pvt/statement").path("get")
                .path("responses").path("200").path("content").has("application/pdf")).isTrue();
    }
}
