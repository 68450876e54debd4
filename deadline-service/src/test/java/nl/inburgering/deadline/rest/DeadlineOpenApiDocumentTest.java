package nl.inburgering.deadline.rest;

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

/** Issue 11 item 9: every operation documented with its errors, every request field with an example. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class DeadlineOpenApiDocumentTest {

    @Test
    void everyOperationAndRequestFieldIsDocumented() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().when().get("/v1/openapi.json").then().statusCode(200)
                .extract().asString());
        assertThat(document.get("paths").has("/v1/participants/{participantId}/term/extensions")).isTrue();
        assertThat(OpenApiChecks.undocumentedOperations(document)).isEmpty();
        assertThat(OpenApiChecks.requestFieldsWithoutExample(document, List.of("ExtensionRequest", "ExtensionGrant",
                "ExtensionRefusal", "ExemptionDecision", "DuoFine", "MunicipalFine"))).isEmpty();
        for (String path : List.of("/v1/participants/{participantId}/exemptions", "/v1/participants/{participantId}/fines",
                "/v1/caseload/{list}", "/v1/caseload/{list}/export", "/v1/operations/outbox",
                "/v1/operations/dead-letters", "/v1/operations/dead-letters/{deadLetterId}/replay")) {
            assertThat(document.get("paths").has(path)).as(path).isTrue();
        }
        String text = document.toString().toLowerCase();
        for (String dutch : List.of("inburgeringstermijn", "verlenging", "dagtekening", "ambtshalve")) {
            assertThat(text).as(dutch).contains(dutch);
        }
    }
}
