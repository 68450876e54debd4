package nl.inburgering.systemtests.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Generates invalid requests for one operation from its OpenAPI schemas: a plausible request first (each value from
 * the schema's example, its enum, its format or its type), then that request spoilt one way at a time (a field of the
 * wrong type, missing, null, too long, with control characters, an impossible date, an unknown value; the body
 * malformed or in another media type; a bad path id; a bad query value or an unknown parameter; bad headers; a method
 * the path does not have), and finally random combinations of several spoilt fields, from a seeded {@link Random}, until
 * the operation has {@code minimum} cases.
 */
public final class BadInput {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "@@raw-";

    /** Spoilt path segments, already percent-encoded as they go on the wire; each is an address nothing has. */
    static final List<String> BAD_IDS = List.of("not-a-uuid", "0", "-1", "1.5", "99999999999999999999", "null",
            "true", "%20", "%00", "%0A", "%FF", "%E2%80%AE", "..%2F..%2Fetc", "%2e%2e", "a%3Bb%3Dc",
            "00000000-0000-0000-0000-00000000000G", "%7B%7D", "%27%20OR%201%3D1--", "x".repeat(300),
            "y".repeat(5000));

    private final ApiDocument document;
    private final Random random;
    private final Map<String, String> knownIds;
    /** Free-text fields that declare no maximum length: reported, since they accept any amount of text. */
    private final Set<String> unbounded = new TreeSet<>();
    private final Map<String, String> raw = new HashMap<>();

    /**
     * @param knownIds path values that name something that exists (participantId of a registered participant), so that
     *                 the request gets past "no such participant" to the checks of its input
     */
    public BadInput(ApiDocument document, Random random, Map<String, String> knownIds) {
        this.document = document;
        this.random = random;
        this.knownIds = knownIds;
    }

    public Set<String> unboundedFields() {
        return unbounded;
    }

    public List<Case> cases(ApiDocument.Operation op, int minimum) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> path = plausiblePath(op);
        JsonNode body = op.body() == null ? null : plausible(op.body(), 0);
        if (!op.runsAJob()) {
            if (body != null) {
                bodyFields(op, path, body, cases);
                malformedBodies(op, path, body, cases);
                contentTypes(op, path, body, cases);
            } else {
                Case c = request(op, "body:unexpected", path, Map.of(), null, false);
                cases.add(withBody(c, "{\"unexpected\":true}", "application/json"));
            }
            headers(op, path, body, cases);
        }
        pathIds(op, path, body, cases);
        query(op, path, body, cases);
        methods(op, path, cases);
        List<Field> fields = body == null ? List.of() : fields(op.body(), body, new ArrayList<>(), 0);
        while (cases.size() < minimum && !op.runsAJob()) {
            cases.add(body == null || fields.isEmpty() ? randomAddress(op, path) : randomBody(op, path, body, fields));
        }
        return cases;
    }

    /** The operation's plausible request: every value from its schema's example, enum, format or type. */
    public Case plausibleCase(ApiDocument.Operation op) {
        Case c = request(op, "plausible", plausiblePath(op), Map.of(), op.body() == null ? null
                : plausible(op.body(), 0), false);
        // a thing's first version: without If-Match a change is a 428 for anyone, before any check of who asks
        return op.in("header").stream().anyMatch(p -> p.name().equals("If-Match")) ? c.withHeader("If-Match", "\"0\"")
                : c;
    }

    // --- a plausible request --------------------------------------------------------------------------------------

    Map<String, String> plausiblePath(ApiDocument.Operation op) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ApiDocument.Parameter p : op.in("path")) {
            String known = knownIds.get(p.name());
            values.put(p.name(), known != null ? known : text(plausible(p.schema(), 0)));
        }
        return values;
    }

    JsonNode plausible(JsonNode schema, int depth) {
        JsonNode s = document.resolve(schema);
        if (s.path("examples").size() > 0 && !type(s).equals("object") && !type(s).equals("array")) {
            return s.path("examples").get(0);
        }
        if (s.has("enum")) {
            return s.path("enum").get(0);
        }
        switch (type(s)) {
            case "string":
                return NODES.textNode(switch (s.path("format").asText()) {
                    case "date" -> "2026-03-02";
                    case "date-time" -> "2026-03-02T10:00:00Z";
                    case "uuid" -> UUID.randomUUID().toString();
                    case "duration" -> "PT1H";
                    default -> "x".repeat(Math.max(1, s.path("minLength").asInt(1)));
                });
            case "integer":
                return NODES.numberNode(Math.max(1, s.path("minimum").asLong(1)));
            case "number":
                return NODES.numberNode(Math.max(1, s.path("minimum").asInt(1)));
            case "boolean":
                return NODES.booleanNode(false);
            case "array": {
                ArrayNode a = NODES.arrayNode();
                if (depth < 4) {
                    for (int i = 0; i < Math.max(1, s.path("minItems").asInt(1)); i++) {
                        a.add(plausible(s.path("items"), depth + 1));
                    }
                }
                return a;
            }
            default: {
                ObjectNode o = NODES.objectNode();
                if (depth < 4) {
                    // a field that names a known thing (participantId) names it, so the request is about it
                    s.path("properties").fields().forEachRemaining(e -> o.set(e.getKey(),
                            knownIds.containsKey(e.getKey()) ? NODES.textNode(knownIds.get(e.getKey()))
                                    : plausible(e.getValue(), depth + 1)));
                }
                return o;
            }
        }
    }

    private String type(JsonNode s) {
        JsonNode t = s.path("type");
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (!each.asText().equals("null")) {
                    return each.asText();
                }
            }
        }
        if (t.isTextual()) {
            return t.asText();
        }
        return s.has("properties") ? "object" : s.has("items") ? "array" : "string";
    }

    // --- the body, one field at a time -----------------------------------------------------------------------------

    /** A field of the body: its place (keys and list indexes), its schema, and whether its object requires it. */
    record Field(List<Object> at, JsonNode schema, boolean required) {
        String name() {
            return at.stream().map(String::valueOf).collect(Collectors.joining("."));
        }
    }

    List<Field> fields(JsonNode schema, JsonNode value, List<Object> at, int depth) {
        List<Field> fields = new ArrayList<>();
        JsonNode s = document.resolve(schema);
        if (depth > 3) {
            return fields;
        }
        if (type(s).equals("object")) {
            Set<String> required = new TreeSet<>();
            s.path("required").forEach(r -> required.add(r.asText()));
            for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                List<Object> here = new ArrayList<>(at);
                here.add(e.getKey());
                fields.add(new Field(here, document.resolve(e.getValue()), required.contains(e.getKey())));
                fields.addAll(fields(e.getValue(), value.path(e.getKey()), here, depth + 1));
            }
        } else if (type(s).equals("array") && value.isArray() && value.size() > 0) {
            List<Object> here = new ArrayList<>(at);
            here.add(0);
            fields.addAll(fields(s.path("items"), value.get(0), here, depth + 1));
        }
        return fields;
    }

    /** A spoilt value for a field: the JSON to put there ({@code null} = leave the field out) and whether it is wrong. */
    record Spoilt(String what, JsonNode value, boolean wrong) {
    }

    List<Spoilt> spoilt(Field f) {
        JsonNode s = f.schema();
        List<Spoilt> out = new ArrayList<>();
        String type = type(s);
        if (f.required()) {
            out.add(new Spoilt("missing", null, true));
            out.add(new Spoilt("null", NODES.nullNode(), true));
        }
        switch (type) {
            case "string" -> {
                out.add(new Spoilt("number-for-text", NODES.numberNode(123), true));
                out.add(new Spoilt("fraction-for-text", NODES.numberNode(12.5), true));
                out.add(new Spoilt("boolean-for-text", NODES.booleanNode(true), true));
                out.add(new Spoilt("list-for-text", NODES.arrayNode().add("x"), true));
                out.add(new Spoilt("object-for-text", NODES.objectNode().put("x", 1), true));
                out.add(new Spoilt("nul-character", NODES.textNode("a\u0000b"), true));
                out.add(new Spoilt("bell-character", NODES.textNode("a\u0007b"), true));
                out.add(new Spoilt("escape-sequence", NODES.textNode("\u001b[31mred"), true));
                out.add(new Spoilt("lone-surrogate", raw("\"a\\ud800b\""), false));
                out.add(new Spoilt("right-to-left-override", NODES.textNode("\u202egnp.exe"), false));
                out.add(new Spoilt("emoji", NODES.textNode("\uD83D\uDE00"), false));
                int max = s.path("maxLength").asInt(-1);
                if (max > 0) {
                    out.add(new Spoilt("one-too-long", NODES.textNode("x".repeat(max + 1)), true));
                } else if (!s.has("enum") && !s.has("format") && !s.has("pattern")) {
                    unbounded.add(document.service() + " " + f.name());
                }
                out.add(new Spoilt("100k-characters", NODES.textNode("x".repeat(100_000)),
                        max > 0 || s.has("enum") || s.has("format") || s.has("pattern")));
                if (s.has("enum")) {
                    out.add(new Spoilt("unknown-enum", NODES.textNode("NOT_A_VALUE"), true));
                    out.add(new Spoilt("lower-case-enum", NODES.textNode(s.path("enum").get(0).asText()
                            .toLowerCase()), !s.path("enum").get(0).asText().equals(s.path("enum").get(0).asText()
                            .toLowerCase())));
                    out.add(new Spoilt("empty-enum", NODES.textNode(""), true));
                }
                switch (s.path("format").asText()) {
                    case "date" -> {
                        for (String d : List.of("2026-02-30", "2026-13-01", "2026-00-10", "0000-01-01",
                                "+10000-01-01", "-2026-01-01", "2026-1-1", "20260101", "2026-01-01T00:00:00Z",
                                "1899-12-31", "2200-01-01", "", "today")) {
                            out.add(new Spoilt("impossible-date " + d, NODES.textNode(d), true));
                        }
                        out.add(new Spoilt("date-as-number", NODES.numberNode(20260101), true));
                    }
                    case "date-time" -> {
                        for (String d : List.of("2026-02-30T10:00:00Z", "2026-03-02T25:00:00Z", "2026-03-02",
                                "yesterday", "")) {
                            out.add(new Spoilt("impossible-instant " + d, NODES.textNode(d), true));
                        }
                    }
                    case "uuid" -> {
                        for (String u : List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000G", "",
                                "0000000000000000000000000000000")) {
                            out.add(new Spoilt("bad-uuid " + u, NODES.textNode(u), true));
                        }
                    }
                    default -> {
                    }
                }
                if (s.has("pattern")) {
                    // an OpenAPI pattern matches anywhere in the value (ECMA-262 search), e.g. \S: "not blank"
                    boolean matches = java.util.regex.Pattern.compile(s.path("pattern").asText()).matcher("!!").find();
                    out.add(new Spoilt("not-the-pattern", NODES.textNode("!!"), !matches));
                }
            }
            case "integer" -> {
                out.add(new Spoilt("text-for-number", NODES.textNode("12"), true));
                out.add(new Spoilt("fraction-for-whole", NODES.numberNode(1.5), true));
                out.add(new Spoilt("boolean-for-number", NODES.booleanNode(true), true));
                out.add(new Spoilt("list-for-number", NODES.arrayNode().add(1), true));
                out.add(new Spoilt("over-int", raw("2147483648"), true));
                out.add(new Spoilt("under-int", raw("-2147483649"), true));
                out.add(new Spoilt("over-long", raw("99999999999999999999999"), true));
                out.add(new Spoilt("1e400", raw("1e400"), true));
                out.add(new Spoilt("NaN", raw("NaN"), true));
                out.add(new Spoilt("2000-digits", raw("9".repeat(2000)), true));
                if (s.has("minimum")) {
                    out.add(new Spoilt("below-minimum", NODES.numberNode(s.path("minimum").asLong() - 1), true));
                }
                if (s.has("maximum")) {
                    out.add(new Spoilt("above-maximum", NODES.numberNode(s.path("maximum").asLong() + 1), true));
                }
            }
            case "number" -> {
                out.add(new Spoilt("text-for-number", NODES.textNode("1.5"), true));
                out.add(new Spoilt("boolean-for-number", NODES.booleanNode(true), true));
                out.add(new Spoilt("object-for-number", NODES.objectNode(), true));
                out.add(new Spoilt("1e400", raw("1e400"), true));
                out.add(new Spoilt("-Infinity", raw("-Infinity"), true));
                out.add(new Spoilt("2000-digits", raw("1." + "3".repeat(2000)), s.has("multipleOf")));
                if (s.has("maximum")) {
                    out.add(new Spoilt("above-maximum", NODES.numberNode(s.path("maximum").asDouble() + 1), true));
                }
                if (s.has("minimum") || s.has("exclusiveMinimum")) {
                    out.add(new Spoilt("negative", NODES.numberNode(-1), true));
                }
            }
            case "boolean" -> {
                out.add(new Spoilt("text-for-boolean", NODES.textNode("true"), true));
                out.add(new Spoilt("number-for-boolean", NODES.numberNode(1), true));
                out.add(new Spoilt("list-for-boolean", NODES.arrayNode(), true));
            }
            case "array" -> {
                out.add(new Spoilt("text-for-list", NODES.textNode("x"), true));
                out.add(new Spoilt("object-for-list", NODES.objectNode(), true));
                out.add(new Spoilt("null-in-list", NODES.arrayNode().addNull(), true));
                out.add(new Spoilt("list-in-list", NODES.arrayNode().add(NODES.arrayNode()), true));
                if (s.has("maxItems")) {
                    ArrayNode many = NODES.arrayNode();
                    JsonNode item = plausible(s.path("items"), 1);
                    for (int i = 0; i <= s.path("maxItems").asInt(); i++) {
                        many.add(item);
                    }
                    out.add(new Spoilt("one-too-many", many, true));
                }
                ArrayNode huge = NODES.arrayNode();
                for (int i = 0; i < 20_000; i++) {
                    huge.add(i);
                }
                out.add(new Spoilt("20000-numbers", huge, true));
            }
            default -> {
                out.add(new Spoilt("text-for-object", NODES.textNode("x"), true));
                out.add(new Spoilt("list-for-object", NODES.arrayNode(), true));
                out.add(new Spoilt("number-for-object", NODES.numberNode(1), true));
                out.add(new Spoilt("unknown-field-inside", NODES.objectNode().put("unexpected", 1), true));
            }
        }
        return out;
    }

    private void bodyFields(ApiDocument.Operation op, Map<String, String> path, JsonNode body, List<Case> cases) {
        for (Field f : fields(op.body(), body, new ArrayList<>(), 0)) {
            for (Spoilt s : spoilt(f)) {
                JsonNode spoiltBody = with(body, f.at(), s.value());
                cases.add(request(op, "body-field:" + f.name() + ":" + s.what(), path, Map.of(), spoiltBody,
                        s.wrong()));
            }
        }
        cases.add(request(op, "body-field:unknown-field", path, Map.of(),
                ((ObjectNode) body.deepCopy()).put("unexpectedField", 1), true));
    }

    static JsonNode with(JsonNode body, List<Object> at, JsonNode value) {
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < at.size() - 1; i++) {
            Object step = at.get(i);
            parent = step instanceof Integer index ? parent.path(index) : parent.path((String) step);
        }
        Object last = at.get(at.size() - 1);
        if (parent instanceof ObjectNode o) {
            if (value == null) {
                o.remove((String) last);
            } else {
                o.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode a && last instanceof Integer index && index < a.size()) {
            a.set(index, value == null ? NODES.nullNode() : value);
        }
        return copy;
    }

    private void malformedBodies(ApiDocument.Operation op, Map<String, String> path, JsonNode body, List<Case> cases) {
        String good = json(body);
        String first = body.fieldNames().hasNext() ? body.fieldNames().next() : "x";
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty", "");
        bodies.put("whitespace", "   \n ");
        bodies.put("empty-object", "{}");
        bodies.put("list", "[]");
        bodies.put("list-of-the-body", "[" + good + "]");
        bodies.put("null", "null");
        bodies.put("text", "\"text\"");
        bodies.put("number", "123");
        bodies.put("true", "true");
        bodies.put("half", good.substring(0, good.length() / 2));
        bodies.put("open-brace", "{");
        bodies.put("close-brace", "}");
        bodies.put("trailing-comma", good.substring(0, good.length() - 1) + ",}");
        bodies.put("trailing-garbage", good + "garbage");
        bodies.put("two-documents", good + good);
        bodies.put("single-quotes", good.replace('"', '\''));
        bodies.put("unquoted-keys", good.replaceAll("\"(\\w+)\":", "$1:"));
        bodies.put("comment", "/* c */" + good);
        bodies.put("duplicate-key", "{\"" + first + "\":1," + good.substring(1));
        bodies.put("nan", "{\"" + first + "\":NaN}");
        bodies.put("deep-lists", "[".repeat(5000) + "]".repeat(5000));
        bodies.put("deep-objects", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
        bodies.put("deep-in-field", "{\"" + first + "\":" + "[".repeat(3000) + "]".repeat(3000) + "}");
        bodies.put("long-key", "{\"" + "k".repeat(100_000) + "\":1}");
        bodies.put("many-keys", manyKeys());
        bodies.put("xml", "<participant><name>x</name></participant>");
        bodies.put("form", "name=x&bsn=1");
        for (Map.Entry<String, String> e : bodies.entrySet()) {
            cases.add(withBody(request(op, "malformed-json:" + e.getKey(), path, Map.of(), null, true), e.getValue(),
                    "application/json"));
        }
        byte[] invalidUtf8 = good.replaceFirst(":\"", ":\"\u0001").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < invalidUtf8.length; i++) {
            if (invalidUtf8[i] == 1) {
                invalidUtf8[i] = (byte) 0xC3; // a lead byte without its continuation
            }
        }
        cases.add(withBytes(request(op, "malformed-json:invalid-utf8", path, Map.of(), null, true), invalidUtf8,
                "application/json"));
        cases.add(withBytes(request(op, "malformed-json:utf16", path, Map.of(), null, true),
                good.getBytes(StandardCharsets.UTF_16), "application/json"));
        cases.add(withBytes(request(op, "malformed-json:bom", path, Map.of(), null, false),
                ("\uFEFF" + good).getBytes(StandardCharsets.UTF_8), "application/json"));
    }

    private static String manyKeys() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < 20_000; i++) {
            sb.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        return sb.append('}').toString();
    }

    private void contentTypes(ApiDocument.Operation op, Map<String, String> path, JsonNode body, List<Case> cases) {
        String good = json(body);
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/octet-stream", "garbage", "application/json;charset=UTF-16",
                "text/html; charset=utf-8")) {
            cases.add(withBody(request(op, "content-type:" + type, path, Map.of(), null, true), good, type));
        }
        cases.add(withBody(request(op, "content-type:none", path, Map.of(), null, true), good, null));
    }

    // --- the address and the headers -------------------------------------------------------------------------------

    private void pathIds(ApiDocument.Operation op, Map<String, String> path, JsonNode body, List<Case> cases) {
        for (ApiDocument.Parameter p : op.in("path")) {
            for (String bad : BAD_IDS) {
                Map<String, String> spoilt = new LinkedHashMap<>(path);
                spoilt.put(p.name(), bad);
                cases.add(request(op, "path-id:" + p.name() + ":" + abbreviate(bad), spoilt, Map.of(), body, true));
            }
        }
    }

    private void query(ApiDocument.Operation op, Map<String, String> path, JsonNode body, List<Case> cases) {
        cases.add(request(op, "query:unknown-parameter", path, Map.of("unexpected", "1"), body, true));
        if (op.runsAJob()) {
            return;
        }
        cases.add(request(op, "query:huge-unknown", path, Map.of("x", "a".repeat(20_000)), body, true));
        for (ApiDocument.Parameter p : op.in("query")) {
            for (Map.Entry<String, Boolean> bad : badQueryValues(p.schema()).entrySet()) {
                cases.add(request(op, "query:" + p.name() + ":" + abbreviate(bad.getKey()), path,
                        Map.of(p.name(), bad.getKey()), body, bad.getValue()));
            }
        }
    }

    /** Encoded query values, each with whether it is surely wrong for this schema. */
    private Map<String, Boolean> badQueryValues(JsonNode schema) {
        JsonNode s = document.resolve(schema);
        Map<String, Boolean> values = new LinkedHashMap<>();
        switch (type(s)) {
            case "integer" -> {
                for (String v : List.of("abc", "1.5", "2147483648", "99999999999999999999", "1e3", "%00", "0x10",
                        "%20")) {
                    values.put(v, true);
                }
                values.put("-1", s.has("minimum"));
                values.put("0", s.path("minimum").asLong(0) > 0);
                values.put("", false);
            }
            case "boolean" -> values.put("maybe", true);
            default -> {
                if (s.has("enum")) {
                    values.put("NOT_A_VALUE", true);
                    values.put("%00", true);
                } else if (s.path("format").asText().equals("date")) {
                    for (String v : List.of("2026-02-30", "2026-13-01", "tomorrow", "0000-01-01", "+10000-01-01")) {
                        values.put(v, true);
                    }
                } else if (s.has("pattern")) {
                    values.put("%21%21", true);
                    values.put("%00", true);
                } else {
                    values.put("%00", false);
                    values.put("x".repeat(3000), false);
                }
            }
        }
        return values;
    }

    private void headers(ApiDocument.Operation op, Map<String, String> path, JsonNode body, List<Case> cases) {
        Set<String> names = op.in("header").stream().map(ApiDocument.Parameter::name).collect(Collectors.toSet());
        if (names.contains("Idempotency-Key")) {
            cases.add(request(op, "header:Idempotency-Key:201-characters", path, Map.of(), body, true)
                    .withHeader("Idempotency-Key", "k".repeat(201)));
            cases.add(request(op, "header:Idempotency-Key:space", path, Map.of(), body, true)
                    .withHeader("Idempotency-Key", "a b"));
        }
        if (names.contains("If-Match")) {
            for (String v : List.of("garbage", "\"unterminated", "W/\"1\"", "\"" + "9".repeat(40) + "\"", "\"-1\"")) {
                cases.add(request(op, "header:If-Match:" + v, path, Map.of(), body, true).withHeader("If-Match", v));
            }
        }
        cases.add(request(op, "header:Accept:application/xml", path, Map.of(), body, true)
                .withHeader("Accept", "application/xml"));
        cases.add(request(op, "header:Accept-Language:garbage", path, Map.of(), body, false)
                .withHeader("Accept-Language", "xx-!!;q=abc"));
    }

    private void methods(ApiDocument.Operation op, Map<String, String> path, List<Case> cases) {
        Set<String> has = new TreeSet<>();
        document.root().path("paths").path(op.path()).fieldNames().forEachRemaining(m -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(m)) {
                has.add(m.toUpperCase());
            }
        });
        if (!op.method().equals(has.iterator().next())) {
            return; // once per path
        }
        for (String m : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
            if (!has.contains(m)) {
                Case c = request(op, "method:" + m, path, Map.of(), null, true);
                cases.add(new Case(op, c.category(), m, c.pathAndQuery(), c.headers(), null, true));
            }
        }
    }

    // --- random combinations ---------------------------------------------------------------------------------------

    private Case randomBody(ApiDocument.Operation op, Map<String, String> path, JsonNode body, List<Field> fields) {
        JsonNode spoilt = body;
        List<String> what = new ArrayList<>();
        boolean wrong = false;
        int n = 2 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            Field f = fields.get(random.nextInt(fields.size()));
            List<Spoilt> options = spoilt(f);
            Spoilt s = options.get(random.nextInt(options.size()));
            spoilt = with(spoilt, f.at(), s.value());
            what.add(f.name() + "=" + s.what());
            wrong |= s.wrong();
        }
        return request(op, "random-fields:" + String.join(",", what), path, Map.of(), spoilt, wrong);
    }

    private Case randomAddress(ApiDocument.Operation op, Map<String, String> path) {
        Map<String, String> spoilt = new LinkedHashMap<>(path);
        Map<String, String> query = new LinkedHashMap<>();
        boolean wrong = false;
        List<String> what = new ArrayList<>();
        if (!path.isEmpty() && random.nextBoolean()) {
            String name = new ArrayList<>(path.keySet()).get(random.nextInt(path.size()));
            String bad = BAD_IDS.get(random.nextInt(BAD_IDS.size() - 1));
            spoilt.put(name, bad);
            what.add(name + "=" + abbreviate(bad));
            wrong = true;
        }
        for (ApiDocument.Parameter p : op.in("query")) {
            if (random.nextBoolean()) {
                List<Map.Entry<String, Boolean>> values = new ArrayList<>(badQueryValues(p.schema()).entrySet());
                Map.Entry<String, Boolean> v = values.get(random.nextInt(values.size()));
                query.put(p.name(), v.getKey());
                what.add(p.name() + "=" + abbreviate(v.getKey()));
                wrong |= v.getValue();
            }
        }
        if (!wrong) {
            query.put("unexpected" + random.nextInt(1000), "1");
            what.add("unknown parameter");
        }
        return request(op, "random-address:" + String.join(",", what), spoilt, query, null, true);
    }

    // --- building requests -----------------------------------------------------------------------------------------

    private Case request(ApiDocument.Operation op, String category, Map<String, String> path, Map<String, String> query,
            JsonNode body, boolean wrong) {
        String p = op.path();
        for (Map.Entry<String, String> e : path.entrySet()) {
            p = p.replace("{" + e.getKey() + "}", e.getValue());
        }
        if (!query.isEmpty()) {
            p += "?" + query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("&"));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] bytes = null;
        if (body != null) {
            headers.put("Content-Type", "application/json");
            bytes = json(body).getBytes(StandardCharsets.UTF_8);
        }
        return new Case(op, category, op.method(), p, headers, bytes, wrong);
    }

    private static Case withBody(Case c, String body, String contentType) {
        return withBytes(c, body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    private static Case withBytes(Case c, byte[] body, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>(c.headers());
        headers.remove("Content-Type");
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new Case(c.operation(), c.category(), c.method(), c.pathAndQuery(), headers, body, c.mustBeRefused());
    }

    /** A value Jackson cannot write as such (a number out of range, NaN, an escaped lone surrogate): put in as text. */
    private JsonNode raw(String json) {
        String key = RAW + raw.size() + "@@";
        raw.put(key, json);
        return NODES.textNode(key);
    }

    String json(JsonNode node) {
        try {
            String s = ApiDocument.JSON.writeValueAsString(node);
            if (s.contains(RAW)) {
                for (Map.Entry<String, String> e : raw.entrySet()) {
                    s = s.replace("\"" + e.getKey() + "\"", e.getValue());
                }
            }
            return s;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    static String abbreviate(String s) {
        return s.length() > 24 ? s.substring(0, 12) + "…(" + s.length() + ")" : s;
    }
}
