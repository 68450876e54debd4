package nl.inburgering.systemtests.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A running service's OpenAPI document ({@code /v1/openapi.json}) read as a tree: its operations, each with its
 * parameters, its request body's schema and the roles that may call it. The roles are the scopes of the operation's
 * {@code bearer} security requirement, which SmallRye OpenAPI fills from the resource method's {@code @RolesAllowed}
 * (an empty list: any valid token).
 */
public record ApiDocument(String service, String baseUrl, JsonNode root) {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    public static ApiDocument fetch(String service, String baseUrl) throws IOException, InterruptedException {
        // HTTP/1.1 as the other system tests: java.net.http's default h2c upgrade once got a misframed answer
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(
                URI.create(baseUrl + "/v1/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(service + " has no OpenAPI document: " + r.statusCode());
        }
        return new ApiDocument(service, baseUrl, JSON.readTree(r.body()));
    }

    /** One parameter: its name, where it goes (path, query, header) and its schema (references resolved). */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    public record Operation(ApiDocument document, String method, String path, List<Parameter> parameters,
            JsonNode body, List<String> roles) {

        public String service() {
            return document.service();
        }

        public String name() {
            return method + " " + path;
        }

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        /** POST/PUT/PATCH/DELETE of an operator's run (a replay, the daily signals): sent only where surely refused. */
        public boolean runsAJob() {
            return !method.equals("GET") && path.startsWith("/v1/operations/");
        }
    }

    public List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode o = op.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : o.path("parameters")) {
                    parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                            p.path("required").asBoolean(false), resolve(p.path("schema"))));
                }
                JsonNode body = o.path("requestBody").path("content").path("application/json").path("schema");
                List<String> roles = new ArrayList<>();
                for (JsonNode requirement : o.path("security")) {
                    requirement.path("bearer").forEach(r -> roles.add(r.asText()));
                }
                all.add(new Operation(this, op.getKey().toUpperCase(), path.getKey(), parameters,
                        body.isMissingNode() ? null : resolve(body), List.copyOf(roles)));
            }
        }
        return all;
    }

    /**
     * The path variables of the operation whose path template {@code location} (an absolute URL or a path) fits, e.g.
     * {@code registrationId} of {@code /v1/exam-registrations/{registrationId}}; empty when none fits.
     */
    public Map<String, String> variablesOf(String location) {
        String path = URI.create(location).getPath();
        Map<String, String> best = Map.of();
        int bestLiterals = -1;
        for (Iterator<String> templates = root.path("paths").fieldNames(); templates.hasNext(); ) {
            String template = templates.next();
            String[] t = template.split("/");
            String[] p = path.split("/");
            if (t.length != p.length) {
                continue;
            }
            Map<String, String> variables = new java.util.LinkedHashMap<>();
            boolean fits = true;
            for (int i = 0; i < t.length && fits; i++) {
                if (t[i].startsWith("{") && t[i].endsWith("}")) {
                    variables.put(t[i].substring(1, t[i].length() - 1), p[i]);
                } else {
                    fits = t[i].equals(p[i]);
                }
            }
            int literals = t.length - variables.size();
            if (fits && literals > bestLiterals) { // /v1/participants/_search before /v1/participants/{participantId}
                best = variables;
                bestLiterals = literals;
            }
        }
        return best;
    }

    /**
     * The schema with its {@code $ref} followed (OpenAPI 3.1 lets a reference stand beside other keywords, e.g. a
     * description; the referenced schema's keywords are merged under them).
     */
    public JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int hops = 0; s.has("$ref") && hops < 10; hops++) {
            String ref = s.path("$ref").asText();
            JsonNode target = root.at(ref.substring(1));
            var merged = ((com.fasterxml.jackson.databind.node.ObjectNode) target.deepCopy());
            s.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue()); // the property's own example and limits come first
                }
            });
            s = merged;
        }
        return s;
    }
}
