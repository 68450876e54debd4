package nl.inburgering.map.rest;

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

/** Issue 9 item 8: every operation documented with its errors, every request field with an example. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class MapOpenApiDocumentTest {

    JsonNode document() throws Exception {
        return new ObjectMapper().readTree(given().when().get("/v1/openapi.json").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void everyOperationHasASummaryADescriptionAndItsProblemResponses() throws Exception {
        JsonNode document = document();
        assertThat(document.get("paths").has("/v1/participants/{participantId}/map/final-interviews")).isTrue();
        assertThat(OpenApiChecks.undocumentedOperations(document)).isEmpty();
    }

    @Test
    void requestBodiesCarryExamplesAndTheDutchTermsStandBesideTheEnglishNames() throws Exception {
        JsonNode document = document();
        assertThat(OpenApiChecks.requestFieldsWithoutExample(document, List.of("StartInterviewRequest",
                "ThemeRequest", "WorkExperienceRequest", "FinalInterviewRequest", "WithdrawalRequest",
                "ProviderAssignmentRequest"))).as("request fields without an example").isEmpty();
        String text = document.toString().toLowerCase();
        for (String dutch : List.of("module arbeidsmarkt en participatie", "startgesprek", "eindgesprek",
                "werkervaring", "verwijtbaar", "inburgeringstermijn")) {
            assertThat(text).as(dutch).contains(dutch);
        }
    }
}
