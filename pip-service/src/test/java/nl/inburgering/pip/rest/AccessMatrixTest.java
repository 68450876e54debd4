package nl.inburgering.pip.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DESIGN §6 for every participant sub-resource, systematically: no token 401, a role that may not 403, another
 * participant and an officer of another municipality 404, the participant themself, their officer and DUO 200.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class AccessMatrixTest {

    static final String GM = "GM0363";

    /** One participant with a record in every sub-resource, made once. */
    static final class Fixture {
        static UUID id;
        static String changeId;
        static String moveId;
        static String entryId;

        static synchronized UUID id() {
            if (id == null) {
                UUID p = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
                given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json")
                        .body("{\"interviewDate\":\"2026-02-10\",\"educationDiscussed\":true,\"workExperienceDiscussed\":true,"
                                + "\"personalCircumstancesDiscussed\":true,\"learnabilityTest\":{\"outcome\":\"SKIPPED\"}}")
                        .when().put("/v1/participants/" + p + "/intake").then().statusCode(201);
                Api.establish(GM, p, Api.plan("2026-02-01", "SELF_SUFFICIENCY"));
                entryId = Api.postHours(GM, p, "COURSE", "2026-03-01", 10).statusCode(201).extract().path("id");
                changeId = given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                        .body("{\"targetGroup\":\"FAMILY_OR_OTHER_MIGRANT\",\"effectiveDate\":\"2026-06-01\"}")
                        .when().post("/v1/participants/" + p + "/target-group-changes")
                        .then().statusCode(201).extract().path("id");
                // A move within the municipality's own reach is not possible, so the move goes away and back.
                moveId = given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                        .body("{\"toMunicipalityCode\":\"GM0599\",\"movedOn\":\"2026-04-01\"}")
                        .when().post("/v1/participants/" + p + "/moves").then().statusCode(201).extract().path("id");
                given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                        .body("{\"toMunicipalityCode\":\"GM0363\",\"movedOn\":\"2026-04-02\"}")
                        .when().post("/v1/participants/" + p + "/moves").then().statusCode(201);
                given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                        .body("{\"reason\":\"WITHDRAWN\",\"endedOn\":\"2026-10-01\"}")
                        .when().post("/v1/participants/" + p + "/obligation-end").then().statusCode(201);
                id = p;
            }
            return id;
        }
    }

    static Stream<String> reads() {
        return Stream.of("", "/target-group-changes", "/target-group-changes/{changeId}", "/moves", "/moves/{moveId}",
                "/obligation-end", "/intake", "/plans", "/plans/1", "/zroute", "/zroute/hours",
                "/zroute/hours/{entryId}", "/progress");
    }

    static String url(String suffix) {
        UUID id = Fixture.id();
        return "/v1/participants/" + id + suffix.replace("{changeId}", Fixture.changeId)
                .replace("{moveId}", Fixture.moveId).replace("{entryId}", Fixture.entryId);
    }

    @ParameterizedTest(name = "GET …{0}")
    @MethodSource("reads")
    void readsAreForTheParticipantTheirOfficersAndDuoOnly(String suffix) {
        String url = url(suffix);
        UUID id = Fixture.id();
        given().when().get(url).then().statusCode(401);
        given().auth().oauth2(DevTokens.examProvider()).when().get(url).then().statusCode(403);
        given().auth().oauth2(DevTokens.participant(UUID.randomUUID())).when().get(url).then().statusCode(404);
        given().auth().oauth2(DevTokens.officer("GM0344")).when().get(url).then().statusCode(404);
        // GM0599 had the participant for a day in April: long past its month of read access.
        given().auth().oauth2(DevTokens.officer("GM0599")).when().get(url).then().statusCode(404);
        given().auth().oauth2(DevTokens.participant(id)).when().get(url).then().statusCode(200);
        given().auth().oauth2(DevTokens.officer(GM)).when().get(url).then().statusCode(200);
        given().auth().oauth2(DevTokens.duo()).when().get(url).then().statusCode(200);
    }

    record Write(String method, String suffix, String body, String role) {
        @Override
        public String toString() {
            return method + " …" + suffix;
        }
    }

    static List<Write> writes() {
        return List.of(
                new Write("POST", "/target-group-changes",
                        "{\"targetGroup\":\"ASYLUM_PERMIT_HOLDER\",\"effectiveDate\":\"2026-06-01\"}", "duo"),
                new Write("POST", "/moves", "{\"toMunicipalityCode\":\"GM0599\",\"movedOn\":\"2026-03-01\"}", "duo"),
                new Write("POST", "/obligation-end", "{\"reason\":\"NATURALISED\",\"endedOn\":\"2026-09-01\"}", "duo"),
                new Write("PUT", "/intake", "{\"interviewDate\":\"2026-02-10\",\"educationDiscussed\":true,"
                        + "\"workExperienceDiscussed\":true,\"personalCircumstancesDiscussed\":true,"
                        + "\"learnabilityTest\":{\"outcome\":\"SKIPPED\"}}", "officer"),
                new Write("POST", "/plans", "{\"dateOfIssue\":\"2026-02-01\",\"route\":\"B1\"}", "officer"),
                new Write("DELETE", "/plans/" + UUID.randomUUID(), null, "officer"),
                new Write("POST", "/zroute/hours", "{\"kind\":\"COURSE\",\"date\":\"2026-03-01\",\"hours\":1}", "officer"),
                new Write("POST", "/zroute/completion", "{\"finalInterviewDate\":\"2026-03-01\"}", "officer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void changesNeedTheRightRoleAndForOfficersTheParticipantsMunicipality(Write write) {
        String url = url(write.suffix());
        UUID id = Fixture.id();
        send(null, write, url).then().statusCode(401);
        send(DevTokens.participant(id), write, url).then().statusCode(403);
        send(DevTokens.examProvider(), write, url).then().statusCode(403);
        if (write.role().equals("duo")) {
            send(DevTokens.officer(GM), write, url).then().statusCode(403);
        } else {
            send(DevTokens.duo(), write, url).then().statusCode(403);
            send(DevTokens.officer("GM0344"), write, url).then().statusCode(404);
        }
    }

    @Test
    void aMethodAResourceDoesNotHaveIs405WithAllow() {
        for (String suffix : List.of("/progress", "/zroute", "/obligation-end")) {
            given().auth().oauth2(DevTokens.duo()).when().delete(url(suffix))
                    .then().statusCode(405).header("Allow", containsString("GET"));
        }
    }

    static io.restassured.response.Response send(String token, Write write, String url) {
        var request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (write.body() != null) {
            request = request.contentType("application/json").body(write.body());
        }
        return request.when().request(write.method(), url);
    }
}
