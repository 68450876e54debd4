package nl.inburgering.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The steps the system tests share, each as a user or an upstream service takes it. */
public final class Journeys {

    private Journeys() {
    }

    /** DUO registers a participant of this BSN at pip-service (obligation from 2026-01-15); returns its id. */
    public static String register(String bsn, String municipality, String targetGroup) {
        return given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(DevTokens.duo())
                .contentType("application/json").body("""
                        {"bsn":"%s","name":"J. Journey","dateOfBirth":"1988-08-08","targetGroup":"%s",
                         "municipalityCode":"%s","obligationStartDate":"2026-01-15","notificationDate":"2026-01-20",
                         "municipalityRegistrationDate":"2026-01-10"}""".formatted(bsn, targetGroup, municipality))
                .when().post("/v1/participants").then().statusCode(201).extract().path("id");
    }

    /** The officer establishes a PIP (the body as pip-service takes it). */
    static void plan(String officer, String participantId, String body) {
        given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(officer).contentType("application/json").body(body)
                .when().post("/v1/participants/" + participantId + "/plans").then().statusCode(201);
    }

    /**
     * Every exam component passed at B1 (KNM without a level), one a day from {@code firstExamDay}, as DUO reports
     * results of exams booked elsewhere to exam-service's REST API (role duo; issue 12 item 2).
     */
    static void allExamsPassed(UUID participant, LocalDate firstExamDay) {
        examsPassed(participant, firstExamDay, ExamComponent.values());
    }

    /** As {@link #allExamsPassed}, for these components only. */
    static void examsPassed(UUID participant, LocalDate firstExamDay, ExamComponent... components) {
        int i = 0;
        for (ExamComponent c : components) {
            LocalDate examDay = firstExamDay.plusDays(i);
            String body = "{\"component\":\"" + c + "\"," + (c.isLanguage() ? "\"level\":\"B1\"," : "")
                    + "\"examDate\":\"" + examDay + "\",\"result\":{\"outcome\":\"PASSED\",\"score\":70,"
                    + "\"resultDate\":\"" + examDay.plusDays(20) + "\"},\"reference\":\"system-test-" + c + "\"}";
            // exam-service learns the participant from pip.events first
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    given().baseUri(SystemUnderTest.url("exam")).auth().oauth2(DevTokens.duo())
                            .contentType("application/json").body(body)
                            .when().post("/v1/participants/" + participant + "/results-booked-elsewhere").then()
                            .statusCode(org.hamcrest.Matchers.oneOf(200, 201)));
            i++;
        }
    }

    /**
     * The whole MAP over map-service's REST API (issue 9): the start interview, the eight themes, 40 hours of work
     * experience and the final interview on {@code finalInterview}. map-service answers 409 TERM-NOT-YET-KNOWN until it
     * has consumed term.started, hence the waits.
     */
    static void fullMap(String officer, String participantId, LocalDate finalInterview) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                map(officer, participantId, "start-interview", "{\"date\":\"2026-06-01\"}").statusCode(201));
        for (String theme : List.of("CAREER_ORIENTATION", "EMPLOYEE_COMPETENCIES", "REALISTIC_VIEW_OF_OCCUPATIONS",
                "JOB_PROSPECTS", "OCCUPATIONAL_COMPETENCIES", "BUILDING_A_NETWORK", "FINDING_WORK", "WORK_CULTURE")) {
            map(officer, participantId, "themes", "{\"theme\":\"" + theme + "\",\"completedOn\":\"2026-07-01\"}")
                    .statusCode(201);
        }
        for (String worked : List.of("2026-08-03", "2026-08-04")) {
            map(officer, participantId, "work-experience", "{\"date\":\"" + worked + "\",\"kind\":\"VOLUNTEERING\","
                    + "\"organisation\":\"Voedselbank\",\"hours\":20}").statusCode(201);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                map(officer, participantId, "final-interviews", "{\"date\":\"" + finalInterview
                        + "\",\"outcome\":\"SUFFICIENT\"}").statusCode(201));
    }

    static ValidatableResponse map(String token, String id, String part, String body) {
        return given().baseUri(SystemUnderTest.url("map")).auth().oauth2(token).contentType("application/json")
                .body(body).when().post("/v1/participants/" + id + "/map/" + part).then();
    }

    /**
     * 12 hours of PVT over pvt-service's REST API: education (6 h), the community walk (3 h) and education (3 h) on
     * the three days given, the participant enrolled in each and on each attendance list.
     */
    static void twelvePvtHours(String officer, String participantId, LocalDate first, LocalDate walk,
            LocalDate last) {
        for (String session : List.of(
                "{\"kind\":\"EDUCATION\",\"topic\":\"FREEDOM\",\"date\":\"" + first
                        + "\",\"hours\":6,\"place\":\"Stadhuis\",\"capacity\":20}",
                "{\"kind\":\"COMMUNITY_WALK\",\"date\":\"" + walk
                        + "\",\"hours\":3,\"place\":\"De Pijp\",\"capacity\":20}",
                "{\"kind\":\"EDUCATION\",\"topic\":\"PARTICIPATION\",\"date\":\"" + last
                        + "\",\"hours\":3,\"place\":\"Stadhuis\",\"capacity\":20}")) {
            String sessionId = pvt(officer, "/v1/pvt-sessions", session).statusCode(201).extract().path("id");
            // the participant reaches pvt-service's replica through pip.events
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    pvt(officer, "/v1/pvt-sessions/" + sessionId + "/enrolments", "{\"participantIds\":[\""
                            + participantId + "\"]}").statusCode(200));
            pvt(officer, "/v1/pvt-sessions/" + sessionId + "/attendance",
                    "{\"entries\":[{\"participantId\":\"" + participantId + "\"}]}").statusCode(200);
        }
    }

    /** Waits until pvt-service answers this officer for the participant (its replica has them from pip.events). */
    static void awaitPvtKnows(String officer, String participantId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(SystemUnderTest.url("pvt")).auth().oauth2(officer)
                        .when().get("/v1/participants/" + participantId + "/pvt").then().statusCode(200));
    }

    /** The signing; pvt-service answers 409 TERM-NOT-YET-KNOWN until deadline-service's term has reached it. */
    static void sign(String officer, String participantId, LocalDate signedOn, String name) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                pvt(officer, "/v1/participants/" + participantId + "/pvt/signing", "{\"signedOn\":\"" + signedOn
                        + "\",\"participantName\":\"" + name + "\"}").statusCode(201));
    }

    /**
     * The operator's run of deadline-service's term signals, again each second until the participant's event of
     * {@code type} is on deadline.events (the facts it needs come by events too); fails after a minute.
     */
    static ConsumerRecord<String, String> termSignalUntil(TopicReader topics, String participantId, String type)
            throws InterruptedException {
        for (int run = 0; run < 60; run++) {
            given().baseUri(SystemUnderTest.url("deadline")).auth().oauth2(DevTokens.operator())
                    .when().post("/v1/operations/term-signals").then().statusCode(200);
            var found = topics.readAll("deadline.events", r -> participantId.equals(r.key())
                    && r.value().contains("\"nl.inburgering." + type + "\"")).stream().findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("no " + type + " for " + participantId + " after a minute of runs");
    }

    static ValidatableResponse pvt(String token, String path, String body) {
        return given().baseUri(SystemUnderTest.url("pvt")).auth().oauth2(token).contentType("application/json")
                .body(body).when().post(path).then();
    }
}
