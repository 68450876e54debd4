package nl.inburgering.pvt.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.TestClock;
import nl.inburgering.localstack.DevTokens;

/** Calls of pvt-service's API, and participants made known to it the way pip- and deadline-service do. */
public final class PvtApi {

    public static final String GM = "GM0363";
    public static final String PROVIDER = "prodemos";

    private PvtApi() {
    }

    public static String pvt(UUID id) {
        return "/v1/participants/" + id + "/pvt";
    }

    public static LocalDate today() {
        return TestClock.realToday();
    }

    public static LocalDate termStart() {
        return today().minusDays(300);
    }

    /** A B1-route participant of GM0363 whose term started 300 days ago. */
    public static UUID participant(KnownParticipants participants) {
        UUID id = participants.known(GM, TargetGroup.ASYLUM_PERMIT_HOLDER);
        participants.startTerm(id, termStart(), termStart().plusYears(3));
        return id;
    }

    public static String officer() {
        return DevTokens.officer(GM);
    }

    public static ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).when().post(path).then();
    }

    public static String session(String kind, String topic, LocalDate date, String hours, int capacity,
            String provider) {
        return "{\"kind\":\"" + kind + "\"" + (topic == null ? "" : ",\"topic\":\"" + topic + "\"") + ",\"date\":\""
                + date + "\",\"hours\":" + hours + ",\"place\":\"Buurthuis De Pijp\",\"capacity\":" + capacity
                + (provider == null ? "" : ",\"providerId\":\"" + provider + "\"") + "}";
    }

    /** Plans a session as an officer of GM0363; returns its id. */
    public static UUID plan(String kind, String topic, LocalDate date, String hours, int capacity, String provider) {
        return UUID.fromString(post(officer(), "/v1/pvt-sessions", session(kind, topic, date, hours, capacity,
                provider)).statusCode(201).extract().path("id"));
    }

    public static String ids(List<UUID> ids) {
        return "{\"participantIds\":[" + ids.stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(","))
                + "]}";
    }

    public static ValidatableResponse enrol(UUID session, List<UUID> participants) {
        return post(officer(), "/v1/pvt-sessions/" + session + "/enrolments", ids(participants));
    }

    public static String list(List<UUID> ids) {
        return "{\"entries\":[" + ids.stream().map(i -> "{\"participantId\":\"" + i + "\"}")
                .collect(Collectors.joining(",")) + "]}";
    }

    public static ValidatableResponse attend(String token, UUID session, String body) {
        return post(token, "/v1/pvt-sessions/" + session + "/attendance", body);
    }

    /** A session planned, {@code participants} enrolled, and their whole attendance recorded. */
    public static UUID attended(String kind, String topic, LocalDate date, String hours, List<UUID> participants) {
        UUID session = plan(kind, topic, date, hours, 50, null);
        enrol(session, participants).statusCode(200);
        attend(officer(), session, list(participants)).statusCode(200);
        return session;
    }

    /** 12 hours: education 6 h (20 days ago), the walk 3 h (10 days ago), education 3 h (5 days ago). */
    public static void twelveHours(List<UUID> participants) {
        attended("EDUCATION", "FREEDOM", today().minusDays(20), "6", participants);
        attended("COMMUNITY_WALK", null, today().minusDays(10), "3", participants);
        attended("EDUCATION", "EQUALITY", today().minusDays(5), "3", participants);
    }

    public static String signing(LocalDate signedOn, String culpable) {
        return "{\"signedOn\":\"" + signedOn + "\",\"participantName\":\"Amanuel Tesfay\""
                + (culpable == null ? "" : ",\"culpableDelay\":\"" + culpable + "\"") + "}";
    }

    public static ValidatableResponse sign(UUID id, LocalDate signedOn) {
        return post(officer(), pvt(id) + "/signing", signing(signedOn, null));
    }
}
