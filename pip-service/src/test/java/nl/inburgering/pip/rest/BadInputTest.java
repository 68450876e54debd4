package nl.inburgering.pip.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import java.util.stream.Stream;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import nl.inburgering.pip.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14 item 5: the causes found by sending generated bad input, each now a 4xx application/problem+json that
 * names what is wrong, never a 500, an empty body or a value read into something the client did not write. The
 * strict reading lives once in service-kit (StrictJson, ApiConventionsFilter, IdempotencyStore), for every service.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class BadInputTest {

    static final String PROBLEM = "application/problem+json";

    static ValidatableResponse register(String body) {
        return given().auth().oauth2(DevTokens.duo()).contentType("application/json").body(body)
                .when().post("/v1/participants").then();
    }

    static String registration() {
        return TestData.registration(TestData.randomBsn(), "GM0363");
    }

    /** The registration with one field's JSON value replaced by {@code json}. */
    static String with(String field, String json) {
        String body = registration();
        return body.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[^,}]*)", "\"" + field + "\":"
                + java.util.regex.Matcher.quoteReplacement(json));
    }

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                Arguments.of("a number for text is not text", "name", "123", "must be text"),
                Arguments.of("a NUL in text", "name", "\"A.\\u0000Yilmaz\"", "control characters"),
                Arguments.of("a number for a date is not a day in 1970", "dateOfBirth", "123", "yyyy-mm-dd"),
                Arguments.of("a year with a sign", "dateOfBirth", "\"+999999999-12-31\"", "yyyy-mm-dd"),
                Arguments.of("year 0000", "dateOfBirth", "\"0000-01-01\"", "between 1900 and 2199"),
                Arguments.of("a negative year", "dateOfBirth", "\"-0001-01-01\"", "yyyy-mm-dd"),
                Arguments.of("a date-time is not cut to a date", "dateOfBirth", "\"1990-04-12T10:00:00\"",
                        "yyyy-mm-dd"),
                Arguments.of("a date with spaces", "dateOfBirth", "\" 1990-04-12\"", "yyyy-mm-dd"),
                Arguments.of("a day that does not exist", "dateOfBirth", "\"1990-02-30\"", "exists"),
                Arguments.of("a number for an enum is not its first value", "targetGroup", "0",
                        "must be one of ASYLUM_PERMIT_HOLDER, FAMILY_OR_OTHER_MIGRANT"),
                Arguments.of("an unknown enum value names the allowed ones", "targetGroup", "\"Z\"",
                        "must be one of ASYLUM_PERMIT_HOLDER, FAMILY_OR_OTHER_MIGRANT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongValues")
    void aWrongValueIsA400NamingTheFieldNeverCoerced_issue14(String name, String field, String json,
            String detail) {
        register(with(field, json)).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(field)).body("errors[0].detail", containsString(detail))
                .body("errors[0].detail", not(containsString("java"))).body("errors[0].detail",
                        not(containsString("nl.inburgering")));
    }

    /** DESIGN §4, issue 14 item 5: every wrong field in one 400, not the first alone. */
    @Test
    void aBodyWithEveryFieldWrongNamesEveryFieldInOne400_issue14() {
        String body = "{\"bsn\":999990019,\"name\":123,\"dateOfBirth\":\"1990-02-30\",\"targetGroup\":\"Z\","
                + "\"municipalityCode\":[\"GM0363\"],\"obligationStartDate\":true,\"notificationDate\":{\"d\":1},"
                + "\"municipalityRegistrationDate\":\"2026-01-10\",\"nickname\":\"x\"}";
        register(body).statusCode(400).contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("bsn", "name", "dateOfBirth",
                        "targetGroup", "municipalityCode", "obligationStartDate", "notificationDate", "nickname"))
                .body("errors.find { it.field == 'targetGroup' }.detail",
                        containsString("must be one of ASYLUM_PERMIT_HOLDER, FAMILY_OR_OTHER_MIGRANT"))
                .body("errors.find { it.field == 'nickname' }.code", equalTo("unknown-field"))
                .body("detail", equalTo("The request has 8 invalid fields."));
    }

    @Test
    void aDuplicateKeyTrailingContentAndTwoDocumentsAreRefused_issue14() {
        String body = registration();
        // the first value of the wrong type is read on, so the duplicate key is what the 400 names
        register(body.replaceFirst("\\{", "{\"bsn\":1,")).statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("has a key twice"));
        register(body.replaceFirst("\\{", "{\"name\":\"B. Other\",")).statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("has a key twice"));
        register(body + " x").statusCode(400).contentType(PROBLEM);
        register(body + body).statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aBodyWithoutContentTypeIsA415AndAHugeOneA413_issue14() {
        given().auth().oauth2(DevTokens.duo()).body(registration().getBytes())
                .when().post("/v1/participants").then().statusCode(415).contentType(PROBLEM);
        String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body(huge)
                .when().post("/v1/participants").then().statusCode(413).contentType(PROBLEM);
    }

    @Test
    void aLongUriIsA414ProblemAndAHugePageA400_issue14() {
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/participants?x=" + "a".repeat(5000))
                .then().statusCode(414).contentType(PROBLEM);
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/participants?page=2147483647")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("page"));
    }

    @Test
    void anUnknownQueryParameterIsA400NamingItNotCarriedIntoTheLinks_issue14() {
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/participants?municipalty=GM0363")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("municipalty"))
                .body("errors[0].detail", containsString("page"));
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/participants?page=1&pageSize=5")
                .then().statusCode(200);
    }

    @Test
    void anIdempotencyKeyTooLongOrWithControlCharactersIsA400_issue14() {
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").header("Idempotency-Key",
                        "k".repeat(201)).body(registration()).when().post("/v1/participants").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("Idempotency-Key"));
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").header("Idempotency-Key",
                        "k".repeat(200)).body(registration()).when().post("/v1/participants").then()
                .statusCode(201);
    }

    @Test
    void aNullInAListIsA400NotANullPointer_issue14() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        given().auth().oauth2(DevTokens.officer("GM0363")).contentType("application/json")
                .body("{\"dateOfIssue\":\"2026-02-01\",\"route\":\"B1\",\"level\":\"B1\","
                        + "\"a2PermittedComponents\":[null]}")
                .when().post("/v1/participants/" + id + "/plans").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", containsString("a2PermittedComponents"))
                .body("errors[0].detail", containsString("null"));
    }

    @io.quarkus.test.common.http.TestHTTPResource("/v1/participants")
    java.net.URI participants;

    /**
     * A body sent without a length (chunked) over 10 MiB got the HTTP layer's empty 413 and an ERROR line, one over
     * 1 MiB was read whole; a URI over 16 KiB got the HTTP layer's empty 414. Both are the kit's problems now.
     * java.net.http reads the answer that comes while it is still sending, as a client should.
     */
    @Test
    void aChunkedBodyOverTheLimitIsA413ProblemAndAUriOver16KiBA414Problem_issue14() throws Exception {
        byte[] prefix = "{\"name\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.io.InputStream elevenMegabytes = new java.io.InputStream() {
            private long sent;

            @Override
            public int read() {
                long i = sent++;
                return i < prefix.length ? prefix[(int) i] : i < 11_000_000 ? 'x' : -1;
            }
        };
        var http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        var answer = http.send(java.net.http.HttpRequest.newBuilder(participants)
                        .header("Authorization", "Bearer " + DevTokens.duo())
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> elevenMegabytes)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(answer.statusCode()).isEqualTo(413);
        org.assertj.core.api.Assertions.assertThat(answer.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        org.assertj.core.api.Assertions.assertThat(answer.body()).contains("\"status\":413");

        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/participants?x=" + "a".repeat(20_000))
                .then().statusCode(414).contentType(PROBLEM).body("status", equalTo(414));
    }

    /** Found by GeneratedBadInputIT: an unreadable Accept-Language turned the 409 being written into a 500. */
    @Test
    void anUnreadableAcceptLanguageIsNoPreferenceNotA500_issue14() {
        String body = registration();
        register(body).statusCode(201);
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").header("Accept-Language", "xx-!!;q=abc")
                .body(body).when().post("/v1/participants").then().statusCode(409).contentType(PROBLEM)
                .body("rule", equalTo("BSN-UNIQUE"));
    }

    /**
     * Found by GeneratedBadInputIT: JSON between systems is UTF-8 (RFC 8259), but a UTF-16 body was read (Jackson finds
     * the encoding by its zero bytes) and a declared charset=UTF-16 was ignored; both were registered.
     */
    @Test
    void aBodyNotInUtf8OrDeclaredInAnotherCharsetIsRefused_issue14() {
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body(registration().getBytes(java.nio.charset.StandardCharsets.UTF_16))
                .when().post("/v1/participants").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("UTF-8"));
        given().auth().oauth2(DevTokens.duo()).contentType("application/json; charset=UTF-16")
                .body(registration().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/v1/participants").then().statusCode(415).contentType(PROBLEM);
        given().auth().oauth2(DevTokens.duo()).contentType("application/json; charset=utf-8").body(registration())
                .when().post("/v1/participants").then().statusCode(201);
        // an ASCII-compatible charset with ASCII bytes is UTF-8 as well (REST Assured declares ISO-8859-1 itself)
        given().auth().oauth2(DevTokens.duo()).contentType("application/json; charset=ISO-8859-1").body(registration())
                .when().post("/v1/participants").then().statusCode(201);
    }
}
