package nl.inburgering.map.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.TestClock;
import nl.inburgering.localstack.DevTokens;

/** Calls of map-service's API, and participants made known to it the way pip- and deadline-service do. */
public final class MapApi {

    public static final String GM = "GM0363";
    public static final String[] THEMES = {"CAREER_ORIENTATION", "EMPLOYEE_COMPETENCIES",
            "REALISTIC_VIEW_OF_OCCUPATIONS", "JOB_PROSPECTS", "OCCUPATIONAL_COMPETENCIES", "BUILDING_A_NETWORK",
            "FINDING_WORK", "WORK_CULTURE"};

    private MapApi() {
    }

    public static String map(UUID id) {
        return "/v1/participants/" + id + "/map";
    }

    /** A B1-route participant of GM0363 whose term started 300 days ago. */
    public static UUID b1Participant(KnownParticipants participants) {
        UUID id = participants.known(GM, TargetGroup.ASYLUM_PERMIT_HOLDER);
        LocalDate start = termStart();
        participants.startTerm(id, start, start.plusYears(3));
        return id;
    }

    public static LocalDate termStart() {
        return TestClock.realToday().minusDays(300);
    }

    /** pip-service's plan.established for another route (version {@code version}). */
    public static void plan(KnownParticipants participants, UUID id, int version, Route route) {
        participants.produce(new PlanEstablished(id, UUID.randomUUID(), version, version == 1,
                LocalDate.of(2026, 3, 1), route, route == Route.SELF_SUFFICIENCY ? null : LanguageLevel.B1,
                java.util.Set.of(), GM));
        participants.awaitReplica(id, k -> k.plan() != null && k.plan().route() == route);
    }

    public static ValidatableResponse post(String token, UUID id, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post(map(id) + "/" + path).then();
    }

    public static ValidatableResponse officer(UUID id, String path, String body) {
        return post(DevTokens.officer(GM), id, path, body);
    }

    public static String startInterview(LocalDate date) {
        return "{\"date\":\"" + date + "\",\"notes\":\"wants to work in logistics\"}";
    }

    public static String theme(String theme, LocalDate date) {
        return "{\"theme\":\"" + theme + "\",\"completedOn\":\"" + date + "\"}";
    }

    public static String work(LocalDate date, String hours) {
        return "{\"date\":\"" + date + "\",\"kind\":\"VOLUNTEERING\",\"organisation\":\"Voedselbank\",\"hours\":"
                + hours + ",\"description\":\"sorting donations\"}";
    }

    public static String finalInterview(LocalDate date, String outcome, String culpable) {
        return "{\"date\":\"" + date + "\",\"outcome\":\"" + outcome + "\",\"desiredWork\":\"warehouse\","
                + "\"supportAgreed\":\"job coach\"" + (culpable == null ? "" : ",\"culpableDelay\":\"" + culpable + "\"")
                + "}";
    }

    /** Records the start interview, every theme and 40 hours, all dated {@code day} or before. */
    public static void allPartsBefore(UUID id, LocalDate day) {
        officer(id, "start-interview", startInterview(day.minusDays(30))).statusCode(201);
        for (String t : THEMES) {
            officer(id, "themes", theme(t, day.minusDays(20))).statusCode(201);
        }
        officer(id, "work-experience", work(day.minusDays(10), "24")).statusCode(201);
        officer(id, "work-experience", work(day.minusDays(9), "16")).statusCode(201);
    }
}
