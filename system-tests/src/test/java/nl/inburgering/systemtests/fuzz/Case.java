package nl.inburgering.systemtests.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One generated request: what it exercises ({@code category}), where it goes and what it carries; {@code mustBeRefused}
 * says whether any correct service refuses it (a 4xx), or whether it may be valid after all (then only a 5xx, a slow or
 * a malformed answer is a failure: e.g. a free-text field without a declared maximum length).
 */
public record Case(ApiDocument.Operation operation, String category, String method, String pathAndQuery,
        Map<String, String> headers, byte[] body, boolean mustBeRefused) {

    public Case {
        headers = new LinkedHashMap<>(headers);
    }

    public Case withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Case(operation, category, method, pathAndQuery, h, body, mustBeRefused);
    }

    public String service() {
        return operation.service();
    }

    /** The first word of the category: body-field, malformed-json, content-type, path-id, query, header, method. */
    public String kind() {
        int colon = category.indexOf(':');
        return colon < 0 ? category : category.substring(0, colon);
    }
}
