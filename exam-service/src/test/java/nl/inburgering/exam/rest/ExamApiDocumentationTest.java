package nl.inburgering.exam.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import org.junit.jupiter.api.Test;

/** The exam catalogue, and the OpenAPI document describing every endpoint with examples and Dutch terms. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ExamApiDocumentationTest {

    JsonNode openApi() throws Exception {
        return new ObjectMapper().readTree(given().when().get("/v1/openapi.json").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void theCatalogueListsTheFiveComponentsWithDuoCodesNamesAndLevels() {
        given().auth().oauth2(DevTokens.examProvider()).when().get("/v1/exam-components")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("items.code", contains("LE", "LU", "SC", "SP", "KNM"))
                .body("items.component", contains("READING", "LISTENING", "WRITING", "SPEAKING", "KNM"))
                .body("items.dutchName", contains("Lezen", "Luisteren", "Schrijven", "Spreken",
                        "Kennis van de Nederlandse Maatschappij"))
                .body("items.englishName", contains("Reading", "Listening", "Writing", "Speaking",
                        "Knowledge of Dutch Society"))
                .body("items[0].levels", contains("A2", "B1", "B2"))
                .body("items[4].levels", empty())
                .body("items.feeCents", everyItem(equalTo(5000)));
        given().when().get("/v1/exam-components").then().statusCode(401);
    }

    @Test
    void everyEndpointHasASummaryADescriptionAndItsSuccessAndProblemResponses() throws Exception {
        JsonNode paths = openApi().get("paths");
        List<String> operations = new ArrayList<>();
        // Every operation the document has, so that an endpoint added later is held to the same standard.
        for (Iterator<String> p = paths.fieldNames(); p.hasNext(); ) {
            String path = p.next();
            Iterator<Map.Entry<String, JsonNode>> methods = paths.get(path).fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (!List.of("get", "post", "patch", "put", "delete").contains(m.getKey())) {
                    continue;
                }
                String op = m.getKey().toUpperCase() + " " + path;
                operations.add(op);
                JsonNode operation = m.getValue();
                assertThat(operation.path("summary").asText()).as(op).isNotBlank().contains("(");
                assertThat(operation.path("description").asText()).as(op).hasSizeGreaterThan(40);
                assertThat(operation.path("responses").has("404")).as(op).isTrue();
                assertThat(operation.path("responses").has("401")).as(op).isTrue();
                boolean success = operation.path("responses").has("200") || operation.path("responses").has("201");
                assertThat(success).as(op).isTrue();
            }
        }
        // … and exactly these are exposed.
        assertThat(operations).containsExactlyInAnyOrder("GET /v1/exam-components", "POST /v1/exam-registrations",
                "GET /v1/exam-registrations/{registrationId}", "PATCH /v1/exam-registrations/{registrationId}",
                "POST /v1/exam-registrations/{registrationId}/cancellation",
                "GET /v1/exam-registrations/{registrationId}/cancellation",
                "POST /v1/exam-registrations/{registrationId}/result",
                "GET /v1/exam-registrations/{registrationId}/result",
                "POST /v1/participants/{participantId}/results-booked-elsewhere",
                "GET /v1/operations/outbox",
                "GET /v1/operations/dead-letters",
                "GET /v1/operations/dead-letters/{deadLetterId}",
                "POST /v1/operations/dead-letters/{deadLetterId}/replay",
                "POST /v1/operations/dead-letters/replay",
                "GET /v1/exam-registrations/{registrationId}/result-letter",
                "GET /v1/participants/{participantId}/exams",
                "GET /v1/participants/{participantId}/exams/free-attempts");
        assertThat(paths.at("/~1v1~1exam-registrations~1{registrationId}~1result-letter/get/responses/200/content")
                .has("application/pdf")).isTrue();
        JsonNode patch = paths.at("/~1v1~1exam-registrations~1{registrationId}/patch");
        assertThat(patch.path("responses").has("412")).isTrue();
        assertThat(patch.path("responses").has("428")).isTrue();
        assertThat(patch.toString()).contains("If-Match");
    }

    @Test
    void anUnsupportedMethodIs405WithAllow() {
        given().auth().oauth2(DevTokens.duo()).when().delete("/v1/exam-registrations/" + java.util.UUID.randomUUID())
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("GET"),
                        org.hamcrest.Matchers.containsString("PATCH")));
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body("{}")
                .when().put("/v1/exam-components").then().statusCode(405)
                .header("Allow", org.hamcrest.Matchers.startsWith("GET"));
    }

    @Test
    void everyRequestFieldHasAnExampleAndADutchTerm() throws Exception {
        JsonNode schemas = openApi().at("/components/schemas");
        for (String name : List.of("RegisterExamRequest", "ChangeExamRegistrationRequest", "RecordResultRequest")) {
            JsonNode properties = schemas.at("/" + name + "/properties");
            assertThat(properties.size()).as(name).isGreaterThan(1);
            properties.fields().forEachRemaining(p -> {
                assertThat(hasExample(p.getValue())).as(name + "." + p.getKey() + " example").isTrue();
                assertThat(p.getValue().path("description").asText()).as(name + "." + p.getKey())
                        .containsPattern("\\([a-z]");
            });
        }
    }

    @Test
    void theDutchTermsStandBesideTheEnglishNames() throws Exception {
        String document = openApi().toString();
        assertThat(document).contains("examenonderdeel", "examendatum", "examenniveau", "examenlocatie",
                "gratis pogingen", "gratisPogingenTegoed", "uitslag", "afgemeld", "afmelden", "poging", "betaler",
                "examengeld", "redenGeenResultaat", "doelgroep", "examenaanmelding", "verzetten");
    }

    @Test
    void theSchemasOfTheAnswersCarryExamples() throws Exception {
        JsonNode schemas = openApi().at("/components/schemas");
        for (String name : List.of("ExamRegistration", "ExamResult", "ExamCancellation", "FreeAttempts",
                "FreeAttemptsItem", "CatalogueComponent", "ParticipantExams", "PassedComponent")) {
            JsonNode properties = schemas.at("/" + name + "/properties");
            assertThat(properties.isMissingNode()).as(name).isFalse();
            properties.fields().forEachRemaining(p -> {
                JsonNode value = p.getValue();
                boolean nested = List.of("array", "object").contains(value.path("type").asText());
                assertThat(hasExample(value) || nested).as(name + "." + p.getKey()).isTrue();
                assertThat(value.path("description").asText()).as(name + "." + p.getKey()).isNotBlank();
            });
        }
    }

    /** OpenAPI 3.1 writes {@code examples: [...]}; 3.0 wrote {@code example}. */
    static boolean hasExample(JsonNode property) {
        return property.has("example") || (property.has("examples") && property.get("examples").size() > 0);
    }
}
