package nl.inburgering.pvt.rest;

import static io.restassured.RestAssured.given;
import static nl.inburgering.pvt.support.PvtApi.PROVIDER;
import static nl.inburgering.pvt.support.PvtApi.attend;
import static nl.inburgering.pvt.support.PvtApi.enrol;
import static nl.inburgering.pvt.support.PvtApi.list;
import static nl.inburgering.pvt.support.PvtApi.officer;
import static nl.inburgering.pvt.support.PvtApi.participant;
import static nl.inburgering.pvt.support.PvtApi.plan;
import static nl.inburgering.pvt.support.PvtApi.post;
import static nl.inburgering.pvt.support.PvtApi.pvt;
import static nl.inburgering.pvt.support.PvtApi.sign;
import static nl.inburgering.pvt.support.PvtApi.signing;
import static nl.inburgering.pvt.support.PvtApi.today;
import static nl.inburgering.pvt.support.PvtApi.twelveHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import nl.inburgering.kit.testing.AuditTrail;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 10 item 6: who may do what with the PVT; wrong municipality 404; every read and change audited. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class PvtAccessTest {

    static final String OTHER = "GM0599";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KnownParticipants participants;

    @BeforeEach
    void setUp() {
        participants = new KnownParticipants(bootstrap);
    }

    @Test
    void aProviderRecordsAttendanceOnlyForTheSessionsItRunsAndNeverSigns() {
        UUID id = participant(participants);
        UUID runs = plan("EDUCATION", "FREEDOM", today(), "3", 10, PROVIDER);
        UUID notItsOwn = plan("EDUCATION", "EQUALITY", today(), "3", 10, "another-provider");
        enrol(runs, List.of(id)).statusCode(200);
        enrol(notItsOwn, List.of(id)).statusCode(200);
        String provider = DevTokens.pvtProvider(PROVIDER);

        attend(provider, notItsOwn, list(List.of(id))).statusCode(404);
        given().auth().oauth2(provider).get("/v1/pvt-sessions/" + notItsOwn).then().statusCode(404);
        attend(provider, runs, list(List.of(id))).statusCode(200).body("attended", hasSize(1));
        given().auth().oauth2(provider).get("/v1/pvt-sessions/" + runs).then().statusCode(200)
                .body("enrolled", hasSize(1));

        // Everything else is an officer's: enrolling, planning, one-to-one meetings, the signing; no participant reads.
        post(provider, "/v1/pvt-sessions/" + runs + "/enrolments", PvtApiIds.of(id)).statusCode(403);
        post(provider, "/v1/pvt-sessions", "{}").statusCode(403);
        post(provider, pvt(id) + "/signing", signing(today(), null)).statusCode(403);
        post(provider, pvt(id) + "/attendances", "{}").statusCode(403);
        given().auth().oauth2(provider).get(pvt(id)).then().statusCode(403);
        assertThat(AuditTrail.count("pvt.session.attendance", runs, "SUCCESS")).isEqualTo(1);
        assertThat(AuditTrail.count("pvt.session.attendance", id, "SUCCESS")).as("per participant too").isEqualTo(1);
        assertThat(AuditTrail.count("pvt.session.attendance", notItsOwn, "DENIED")).isEqualTo(1);
    }

    @Test
    void anotherMunicipalityMeetsA404Everywhere() {
        UUID id = participant(participants);
        twelveHours(List.of(id));
        sign(id, today()).statusCode(201);
        UUID session = plan("EDUCATION", "FREEDOM", today(), "3", 10, null);
        String other = DevTokens.officer(OTHER);

        given().auth().oauth2(other).get(pvt(id)).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(other).get(pvt(id) + "/signing").then().statusCode(404);
        given().auth().oauth2(other).get(pvt(id) + "/statement").then().statusCode(404);
        post(other, pvt(id) + "/attendances", "{\"kind\":\"EDUCATION\",\"topic\":\"FREEDOM\",\"date\":\"" + today()
                + "\",\"hours\":1}").statusCode(404);
        given().auth().oauth2(other).get("/v1/pvt-sessions/" + session).then().statusCode(404);
        post(other, "/v1/pvt-sessions/" + session + "/enrolments", PvtApiIds.of(id)).statusCode(404);
        attend(other, session, list(List.of(id))).statusCode(404);
        // A session of the other municipality does not take this municipality's participant.
        UUID theirs = UUID.fromString(post(other, "/v1/pvt-sessions", nl.inburgering.pvt.support.PvtApi.session(
                "EDUCATION", "FREEDOM", today(), "2", 5, null)).statusCode(201).extract().path("id"));
        post(other, "/v1/pvt-sessions/" + theirs + "/enrolments", PvtApiIds.of(id)).statusCode(400)
                .body("errors[0].code", equalTo("unknown"));
        assertThat(AuditTrail.count("pvt.read", id, "DENIED")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theParticipantReadsTheirOwnAndDuoReadsAll() {
        UUID id = participant(participants);
        UUID someoneElse = participant(participants);
        twelveHours(List.of(id));
        sign(id, today()).statusCode(201);
        String self = DevTokens.participant(id);
        given().auth().oauth2(self).get(pvt(id)).then().statusCode(200).body("signed", equalTo(true));
        given().auth().oauth2(self).get(pvt(id) + "/statement").then().statusCode(200);
        given().auth().oauth2(self).get(pvt(someoneElse)).then().statusCode(404);
        post(self, pvt(id) + "/signing", signing(today(), null)).statusCode(403);
        given().auth().oauth2(self).get("/v1/pvt-sessions").then().statusCode(403);
        given().auth().oauth2(DevTokens.duo()).get(pvt(id)).then().statusCode(200);
        given().auth().oauth2(DevTokens.duo()).get("/v1/pvt-sessions").then().statusCode(200);
        post(DevTokens.duo(), pvt(id) + "/signing", signing(today(), null)).statusCode(403);
        given().get(pvt(id)).then().statusCode(401);
        assertThat(AuditTrail.count("pvt.read", id, "SUCCESS")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void thePreviousMunicipalityReadsForAMonthAfterAMoveAndChangesNothing_E10() {
        UUID id = participant(participants);
        participants.move(id, "GM0363", OTHER, today().minusDays(3));
        given().auth().oauth2(officer()).get(pvt(id)).then().statusCode(200);
        post(officer(), pvt(id) + "/attendances", "{\"kind\":\"EDUCATION\",\"topic\":\"FREEDOM\",\"date\":\""
                + today() + "\",\"hours\":1}").statusCode(403);
        post(DevTokens.officer(OTHER), pvt(id) + "/attendances", "{\"kind\":\"EDUCATION\",\"topic\":\"FREEDOM\","
                + "\"date\":\"" + today() + "\",\"hours\":1}").statusCode(201);
    }

    static final class PvtApiIds {
        static String of(UUID id) {
            return nl.inburgering.pvt.support.PvtApi.ids(List.of(id));
        }
    }
}
