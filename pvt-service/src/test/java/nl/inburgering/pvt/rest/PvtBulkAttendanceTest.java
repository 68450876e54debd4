package nl.inburgering.pvt.rest;

import static io.restassured.RestAssured.given;
import static nl.inburgering.pvt.support.PvtApi.GM;
import static nl.inburgering.pvt.support.PvtApi.enrol;
import static nl.inburgering.pvt.support.PvtApi.list;
import static nl.inburgering.pvt.support.PvtApi.officer;
import static nl.inburgering.pvt.support.PvtApi.plan;
import static nl.inburgering.pvt.support.PvtApi.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.localstack.LocalStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Issue 10 tests: a session's list of 200 participants in one request is all or none, and idempotent with a key. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class PvtBulkAttendanceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    long attendancesOf(UUID session) {
        return Db.number("select count(*) from pvt_attendance where session_id = :s", Map.of("s", session));
    }

    long eventsAppendedFor(UUID session) {
        return Db.number("select count(*) from outbox_event where event_type = 'nl.inburgering.pvt.session-attended' "
                + "and payload like :s", Map.of("s", "%" + session + "%"));
    }

    @Test
    void twoHundredAttendancesInOneRequestAreAllOrNoneAndIdempotent() {
        KnownParticipants participants = new KnownParticipants(bootstrap);
        List<UUID> ids = participants.knownMany(GM, TargetGroup.ASYLUM_PERMIT_HOLDER, 201);
        List<UUID> enrolled = ids.subList(0, 200);
        UUID session = plan("EDUCATION", "PARTICIPATION", today(), "3", 200, null);
        enrol(session, enrolled).statusCode(200).body("enrolled", hasSize(200))
                .body("session.enrolledCount", equalTo(200));

        // One participant not enrolled, at the end of the list: nothing of the other 200 is recorded.
        List<UUID> withStranger = new ArrayList<>(enrolled);
        withStranger.add(ids.get(200));
        given().auth().oauth2(officer()).contentType("application/json").body(list(withStranger))
                .post("/v1/pvt-sessions/" + session + "/attendance").then().statusCode(409)
                .body("rule", equalTo("PVT-NOT-ENROLLED")).body("detail", containsString("entries[200]"));
        assertThat(attendancesOf(session)).isZero();
        assertThat(eventsAppendedFor(session)).isZero();

        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(officer()).contentType("application/json").header("Idempotency-Key", key)
                .body(list(enrolled)).post("/v1/pvt-sessions/" + session + "/attendance").then().statusCode(200)
                .body("attended", hasSize(200)).extract().asString();
        assertThat(attendancesOf(session)).isEqualTo(200);
        assertThat(eventsAppendedFor(session)).isEqualTo(200);

        // The retry of the same request with the same key: the first answer, nothing recorded twice.
        String again = given().auth().oauth2(officer()).contentType("application/json").header("Idempotency-Key", key)
                .body(list(enrolled)).post("/v1/pvt-sessions/" + session + "/attendance").then().statusCode(200)
                .extract().asString();
        assertThat(again).isEqualTo(first);
        assertThat(attendancesOf(session)).isEqualTo(200);
        assertThat(eventsAppendedFor(session)).isEqualTo(200);
        // Without the key the same list is refused: each attendance is recorded once.
        given().auth().oauth2(officer()).contentType("application/json").body(list(enrolled))
                .post("/v1/pvt-sessions/" + session + "/attendance").then().statusCode(409)
                .body("rule", equalTo("PVT-ATTENDED-ONCE")).body("detail", containsString("200 of 200"));
        given().auth().oauth2(officer()).get("/v1/participants/" + enrolled.get(137) + "/pvt").then()
                .statusCode(200).body("hoursAttended", equalTo(3));
    }
}
