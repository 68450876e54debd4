package nl.inburgering.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a service's OpenAPI document must hold for a frontend team (DESIGN §4): each operation a summary, a
 * description, and its problem+json answers; each request field an example. The checks return what is missing, so a
 * test asserts the list is empty and its failure names every gap at once.
 */
public final class OpenApiChecks {

    private OpenApiChecks() {
    }

    /**
     * Operations without a summary, a description of at least 40 characters, or a problem+json 401, 403 and 404
     * (and 400 and 409 for a POST or PUT).
     */
    public static List<String> undocumentedOperations(JsonNode document) {
        JsonNode paths = document.path("paths");
        List<String> missing = new ArrayList<>();
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String path = names.next();
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
        return missing;
    }

    /** The fields of the named request schemas that carry no example (a nested object is judged by its own schema). */
    public static List<String> requestFieldsWithoutExample(JsonNode document, List<String> requestSchemas) {
        JsonNode schemas = document.path("components").path("schemas");
        List<String> missing = new ArrayList<>();
        for (String request : requestSchemas) {
            JsonNode properties = schemas.path(request).path("properties");
            if (!properties.isObject()) {
                missing.add(request + " (no such schema)");
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                JsonNode p = property.getValue();
                boolean nested = p.has("$ref") || p.has("allOf") || p.path("items").has("$ref");
                if (!nested && !p.has("example") && !p.has("examples")) {
                    missing.add(request + "." + property.getKey());
                }
            }
        }
        return missing;
    }
}
