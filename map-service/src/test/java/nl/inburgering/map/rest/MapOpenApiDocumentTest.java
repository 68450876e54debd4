package nl.inburgering.map.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
        JsonNode paths = document().get("paths");
        List<String> missing = new ArrayList<>();
        List<String> documented = new ArrayList<>();
        paths.fieldNames().forEachRemaining(documented::add);
        assertThat(documented).contains("/v1/participants/{participantId}/map",
                "/v1/participants/{participantId}/map/final-interviews");
        for (String path : documented) {
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.get(path).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> op = it.next();
                if (!List.of("get", "post", "put", "delete").contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase() + " " + path;
                JsonNode responses = op.getValue().path("responses");
                if (op.getValue().path("summary").asText().isBlank()) {
                    missing.add(where + " summary");
                }
                if (op.getValue().path("description").asText().length() < 40) {
                    missing.add(where + " description");
                }
                List<String> errors = new ArrayList<>(List.of("401", "403", "404"));
                if (op.getKey().equals("post") || op.getKey().equals("put")) {
                    errors.addAll(List.of("400", "409"));
                }
                for (String status : errors) {
                    if (responses.path(status).path("content").path("application/problem+json").isMissingNode()) {
                        missing.add(where + " " + status + " problem");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void requestBodiesCarryExamplesAndTheDutchTermsStandBesideTheEnglishNames() throws Exception {
        JsonNode document = document();
        JsonNode schemas = document.path("components").path("schemas");
        List<String> missing = new ArrayList<>();
        for (String request : List.of("StartInterviewRequest", "ThemeRequest", "WorkExperienceRequest",
                "FinalInterviewRequest", "WithdrawalRequest", "ProviderAssignmentRequest")) {
            JsonNode properties = schemas.path(request).path("properties");
            assertThat(properties.isObject()).as(request).isTrue();
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                boolean nested = property.getValue().has("$ref") || property.getValue().has("allOf");
                if (!nested && !property.getValue().has("example") && !property.getValue().has("examples")) {
                    missing.add(request + "." + property.getKey());
                }
            }
        }
        assertThat(missing).as("request fields without an example").isEmpty();
        String text = document.toString().toLowerCase();
        for (String dutch : List.of("module arbeidsmarkt en participatie", "startgesprek", "eindgesprek",
                "werkervaring", "verwijtbaar", "inburgeringstermijn")) {
            assertThat(text).as(dutch).contains(dutch);
        }
    }
}
