package nl.inburgering.kit.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents, once for every operation of every service, what the service-kit guarantees: the
 * problem+json error responses (with an example each) and the {@code API-Version} header. Resources
 * then only document their own success answers.
 */
@io.quarkus.smallrye.openapi.OpenApiFilter(io.quarkus.smallrye.openapi.OpenApiFilter.RunStage.BUILD)
public class StandardResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String[]> ERRORS = Map.of(
            "400", new String[] {"Invalid request: every invalid field is listed in errors",
                    "{\"type\":\"https://inburgering.nl/problems/validation\",\"title\":\"Invalid request\",\"status\":400,"
                            + "\"detail\":\"The request has 1 invalid field.\",\"instance\":\"/v1/participants\","
                            + "\"errors\":[{\"field\":\"municipalityCode\",\"code\":\"pattern\","
                            + "\"detail\":\"must be a CBS municipality code: GM and 4 digits\"}]}"},
            "401", new String[] {"No valid bearer token",
                    "{\"type\":\"https://inburgering.nl/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"A valid bearer token is required.\"}"},
            "403", new String[] {"Your role does not allow this",
                    "{\"type\":\"https://inburgering.nl/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403,"
                            + "\"detail\":\"Your role does not allow this action.\"}"},
            "404", new String[] {"Unknown, or not yours to see (another municipality's participant)",
                    "{\"type\":\"https://inburgering.nl/problems/not-found\",\"title\":\"Not found\",\"status\":404,"
                            + "\"detail\":\"No participant with this id.\"}"},
            "409", new String[] {"A rule of the domain forbids this; rule names it",
                    "{\"type\":\"https://inburgering.nl/problems/rule-violation\",\"title\":\"A rule of the domain forbids this\","
                            + "\"status\":409,\"detail\":\"N16: a route switch is allowed once\",\"rule\":\"N16\"}"},
            "503", new String[] {"Busy (more requests waiting than the service can take) or its database is "
                    + "away: your request may not have been carried out; retry after Retry-After seconds, with the "
                    + "same Idempotency-Key",
                    "{\"type\":\"https://inburgering.nl/problems/service-unavailable\",\"title\":\"Service unavailable\","
                            + "\"status\":503,\"detail\":\"The service is busy: more requests are waiting than it can "
                            + "take just now. Your request was not carried out: retry it shortly.\"}"},
            "500", new String[] {"Unexpected error; quote the correlationId",
                    "{\"type\":\"https://inburgering.nl/problems/internal\",\"title\":\"Internal error\",\"status\":500,"
                            + "\"detail\":\"An unexpected error occurred. Quote the correlation id when you report it.\","
                            + "\"correlationId\":\"7f1c…\"}"});

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addProblemSchemas(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (var path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/v1/")) {
                continue; // another party's API served here (duo-gateway's DUO Notificatie API): its own answers
            }
            PathItem item = path.getValue();
            for (Operation op : item.getOperations().values()) {
                APIResponses responses = op.getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    op.setResponses(responses);
                }
                for (var e : ERRORS.entrySet()) {
                    // Replace the generic, body-less 400/401/403 that SmallRye generates; keep a resource's own.
                    APIResponse existing = responses.getAPIResponse(e.getKey());
                    if (existing == null || existing.getContent() == null) {
                        responses.addAPIResponse(e.getKey(), problem(e.getValue()[0], e.getValue()[1]));
                    }
                }
                if (op.getRequestBody() != null && responses.getAPIResponse("415") == null) {
                    responses.addAPIResponse("415", problem("Send application/json",
                            "{\"type\":\"https://inburgering.nl/problems/unsupported-media-type\","
                                    + "\"title\":\"Unsupported media type\",\"status\":415}"));
                }
                for (APIResponse r : responses.getAPIResponses().values()) {
                    r.addHeader("API-Version", OASFactory.createHeader()
                            .description("Version of this API (semver)")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                            .style(Header.Style.SIMPLE));
                }
            }
        }
    }

    private static void addProblemSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        var components = openAPI.getComponents();
        if (components.getSchemas() != null && components.getSchemas().containsKey("Problem")) {
            return;
        }
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        components.addSchema("FieldError", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid input field")
                .addProperty("field", string).addProperty("code", string).addProperty("detail", string));
        components.addSchema("Problem", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details (application/problem+json)")
                .addProperty("type", string).addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string).addProperty("instance", string)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .addProperty("rule", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The domain rule that forbids the request (409)"))
                .addProperty("correlationId", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Quote this when you report a 500")));
    }

    private static APIResponse problem(String description, String example) {
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .example(example);
        Content content = OASFactory.createContent().addMediaType("application/problem+json", media);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
