package nl.inburgering.pip.rest;

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

/** DESIGN §4 and the "done when": every endpoint documented, with examples and the Dutch terms. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class OpenApiDocumentTest {


    JsonNode document() throws Exception {
        return new ObjectMapper().readTree(given().when().get("/v1/openapi.json").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void everyOperationHasASummaryADescriptionAndProblemResponses() throws Exception {
        JsonNode paths = document().get("paths");
        List<String> missing = new ArrayList<>();
        List<String> documented = new ArrayList<>();
        paths.fieldNames().forEachRemaining(documented::add);
        // Every operation the document has (issue 7 item 7: no hand-kept list that a new endpoint could miss).
        assertThat(documented).as("the participant API is documented")
                .contains("/v1/participants", "/v1/participants/{participantId}/progress");
        for (String path : documented) {
            if (path.startsWith("/v1/test-only")) {
                continue; // a test's own probe resource, not part of the API
            }
            JsonNode item = paths.get(path);
            for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> op = it.next();
                if (!List.of("get", "post", "put", "delete").contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase() + " " + path;
                if (op.getValue().path("summary").asText().isBlank()) {
                    missing.add(where + " summary");
                }
                if (op.getValue().path("description").asText().length() < 40) {
                    missing.add(where + " description");
                }
                if (op.getValue().path("responses").path("404").path("content").isMissingNode()) {
                    missing.add(where + " 404 problem");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void requestBodiesCarryExamplesAndTheDutchTermsStandBesideTheEnglishNames() throws Exception {
        JsonNode document = document();
        JsonNode schemas = document.path("components").path("schemas");
        for (String request : List.of("PlanRequest", "IntakeRequest", "LearnabilityTest", "HoursEntryRequest",
                "ZRouteCompletionRequest", "MoveRequest", "TargetGroupChangeRequest", "ObligationEndRequest")) {
            JsonNode properties = schemas.path(request).path("properties");
            assertThat(properties.isObject()).as(request).isTrue();
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                boolean nested = property.getValue().has("$ref") || property.getValue().has("allOf");
                assertThat(nested || property.getValue().has("example") || property.getValue().has("examples"))
                        .as(request + "." + property.getKey() + " has an example").isTrue();
            }
        }
        String text = document.toString();
        for (String dutch : List.of("dagtekening", "leerroute", "leerbaarheidstoets", "brede intake",
                "inburgeringsplichtige", "eindgesprek", "onderwijsroute", "zelfredzaamheidsroute", "afschalen",
                "doelgroep", "verhuizing", "einde inburgeringsplicht", "gevolgde uren", "voortgang")) {
            assertThat(text.toLowerCase()).as(dutch).contains(dutch);
        }
    }
}
