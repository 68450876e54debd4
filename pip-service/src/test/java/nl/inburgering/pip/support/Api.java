package nl.inburgering.pip.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.inburgering.localstack.DevTokens;

/** REST calls the tests repeat: register a participant, establish a PIP, record hours. */
public final class Api {

    private Api() {
    }

    /** Today as pip-service counts days (pip.zone, Europe/Amsterdam): a PIP deletion and a final interview use it. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    /** Registers a participant (role duo) with a fresh BSN; returns its id. */
    public static UUID register(String municipality, String targetGroup) {
        return register(TestData.randomBsn(), municipality, targetGroup);
    }

    public static UUID register(String bsn, String municipality, String targetGroup) {
        String id = given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body(TestData.registration(bsn, municipality, targetGroup))
                .when().post("/v1/participants")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** POSTs a PIP as an officer of {@code municipality}. */
    public static ValidatableResponse postPlan(String municipality, UUID participantId, String json) {
        return given().auth().oauth2(DevTokens.officer(municipality)).contentType("application/json").body(json)
                .when().post("/v1/participants/" + participantId + "/plans")
                .then();
    }

    /** A minimal PIP body. */
    public static String plan(String dateOfIssue, String route) {
        return "{\"dateOfIssue\":\"" + dateOfIssue + "\",\"route\":\"" + route + "\"}";
    }

    /** A PIP body with a level. */
    public static String plan(String dateOfIssue, String route, String level) {
        return "{\"dateOfIssue\":\"" + dateOfIssue + "\",\"route\":\"" + route + "\",\"level\":\"" + level + "\"}";
    }

    /** Establishes a PIP and expects it to be accepted. */
    public static void establish(String municipality, UUID participantId, String json) {
        postPlan(municipality, participantId, json).statusCode(201);
    }

    public static ValidatableResponse postHours(String municipality, UUID participantId, String kind, String date,
            int hours) {
        return given().auth().oauth2(DevTokens.officer(municipality)).contentType("application/json")
                .body("{\"kind\":\"" + kind + "\",\"date\":\"" + date + "\",\"hours\":" + hours + "}")
                .when().post("/v1/participants/" + participantId + "/zroute/hours")
                .then();
    }

    public static ValidatableResponse completeZRoute(String municipality, UUID participantId, String date) {
        return given().auth().oauth2(DevTokens.officer(municipality)).contentType("application/json")
                .body("{\"finalInterviewDate\":\"" + date + "\"}")
                .when().post("/v1/participants/" + participantId + "/zroute/completion")
                .then();
    }

    public static ValidatableResponse progress(String token, UUID participantId) {
        return given().auth().oauth2(token).when().get("/v1/participants/" + participantId + "/progress").then();
    }
}
