package nl.inburgering.duogateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import nl.inburgering.duogateway.support.GatewayTestResource;
import nl.inburgering.kit.testing.OpenApiChecks;
import nl.inburgering.localstack.LocalStackResource;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §4 for our own operations (operators' DUO exchanges); DUO's Notificatie API is documented with DUO's answers
 * only (no problem+json: DUO's document defines none).
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
@QuarkusTestResource(GatewayTestResource.class)
class GatewayOpenApiDocumentTest {

    @Test
    void ourOperationsAreDocumentedWithTheirProblems_duosWithDuosAnswers() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().when().get("/v1/openapi.json").then().statusCode(200)
                .extract().asString());
        assertThat(document.at("/paths/~1v1~1operations~1duo-tasks").isObject()).isTrue();
        List<String> ours = new ArrayList<>(OpenApiChecks.undocumentedOperations(document));
        ours.removeIf(gap -> gap.contains("/duo/v1/"));
        assertThat(ours).isEmpty();
        JsonNode notificaties = document.at("/paths/~1duo~1v1~1notificaties/post/responses");
        List<String> codes = new ArrayList<>();
        notificaties.fieldNames().forEachRemaining(codes::add);
        assertThat(codes).containsExactlyInAnyOrder("201", "400", "401", "403", "503");
        assertThat(notificaties.toString()).doesNotContain("problem+json");
    }
}
