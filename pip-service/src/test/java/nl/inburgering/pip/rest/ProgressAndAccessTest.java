package nl.inburgering.pip.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.pip.support.TestData;
import org.junit.jupiter.api.Test;

/** Issue items 6 and 7: the progress view, who may read it (DESIGN §6), and the audit trail. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ProgressAndAccessTest {

    static final String GM = "GM0363";

    @Test
    void withoutAPipEveryRequirementIsOutstandingButThePvtShowsAsItStands() {
        UUID id = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        Api.progress(DevTokens.participant(id), id).statusCode(200)
                .body("participantId", equalTo(id.toString())).body("status", equalTo("REGISTERED"))
                .body("route", nullValue()).body("requirements", hasSize(8))
                .body("requirements.find { it.requirement == 'READING' }.state", equalTo("OUTSTANDING"))
                .body("requirements.find { it.requirement == 'READING' }.explanation.code", equalTo("REQ-NO-PLAN"))
                .body("requirements.find { it.requirement == 'PVT' }.state", equalTo("OUTSTANDING"));
    }

    @Test
    void theRequirementsFollowTheRoute() {
        UUID b1 = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        Api.establish(GM, b1, Api.plan("2026-02-01", "B1"));
        Api.progress(DevTokens.officer(GM), b1).statusCode(200)
                .body("status", equalTo("PLAN_ESTABLISHED")).body("route", equalTo("B1")).body("planVersion", equalTo(1))
                .body("requirements.find { it.requirement == 'MAP' }.state", equalTo("OUTSTANDING"))
                .body("requirements.find { it.requirement == 'KNM' }.state", equalTo("OUTSTANDING"))
                .body("requirements.find { it.requirement == 'ZROUTE' }.state", equalTo("NOT_APPLICABLE"));

        UUID education = Api.register(GM, "FAMILY_OR_OTHER_MIGRANT");
        Api.establish(GM, education, Api.plan("2026-02-01", "EDUCATION", "B2"));
        Api.progress(DevTokens.duo(), education).statusCode(200)
                .body("route", equalTo("EDUCATION"))
                .body("requirements.find { it.requirement == 'MAP' }.state", equalTo("NOT_APPLICABLE"))
                .body("level", equalTo("B2"))
                .body("requirements.find { it.requirement == 'SPEAKING' }.explanation.code",
                        equalTo("REQ-EDUCATION-LANGUAGE"));

        UUID z = Api.register(GM, "FAMILY_OR_OTHER_MIGRANT");
        Api.establish(GM, z, Api.plan("2026-02-01", "SELF_SUFFICIENCY"));
        Api.progress(DevTokens.participant(z), z).statusCode(200)
                .body("route", equalTo("SELF_SUFFICIENCY"))
                .body("requirements.find { it.requirement == 'READING' }.state", equalTo("NOT_APPLICABLE"))
                .body("requirements.find { it.requirement == 'ZROUTE' }.state", equalTo("OUTSTANDING"))
                .body("requirements.find { it.requirement == 'MAP' }.state", equalTo("OUTSTANDING"));
    }

    @Test
    void progressIsReadableByTheParticipantOfficersOfTheirMunicipalityAndDuoOnly() {
        UUID id = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        Api.progress(DevTokens.participant(id), id).statusCode(200);
        Api.progress(DevTokens.officer(GM), id).statusCode(200);
        Api.progress(DevTokens.duo(), id).statusCode(200);
        Api.progress(DevTokens.participant(UUID.randomUUID()), id).statusCode(404);
        Api.progress(DevTokens.officer("GM0344"), id).statusCode(404);
        Api.progress(DevTokens.examProvider(), id).statusCode(403);
        Api.progress(DevTokens.operator(), id).statusCode(403);
        given().when().get("/v1/participants/" + id + "/progress").then().statusCode(401);
        Api.progress(DevTokens.duo(), UUID.randomUUID()).statusCode(404);
    }

    @Test
    void everyReadAndChangeIsAuditedWithoutTheBsnAndARefusedReadToo() {
        String bsn = TestData.randomBsn();
        UUID id = Api.register(bsn, GM, "ASYLUM_PERMIT_HOLDER");
        Api.establish(GM, id, Api.plan("2026-02-01", "B1"));
        Api.progress(DevTokens.participant(id), id).statusCode(200);
        Api.progress(DevTokens.officer("GM0344"), id).statusCode(404);
        Api.postPlan(GM, id, Api.plan("2026-01-01", "B1")).statusCode(409);
        long refusedRegistrations = Db.number("select count(*) from audit_record where action = 'participant.register' "
                + "and result = 'REJECTED'", Map.of());
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body(TestData.registration(bsn, GM))
                .when().post("/v1/participants").then().statusCode(409);

        Map<String, Object> p = Map.of("id", id.toString());
        assertThat(Db.number("select count(*) from audit_record where object_id = :id and action = 'participant.progress.read' "
                + "and result = 'SUCCESS' and actor = :id and actor_role = 'participant'", p)).isEqualTo(1);
        assertThat(Db.number("select count(*) from audit_record where object_id = :id and action = 'participant.progress.read' "
                + "and result = 'DENIED' and actor = 'officer-GM0344'", p)).isEqualTo(1);
        assertThat(Db.number("select count(*) from audit_record where object_id = :id and action = 'plan.establish' "
                + "and result = 'SUCCESS' and actor = 'officer-GM0363'", p)).isEqualTo(1);
        // The refused second PIP was a revision, and is audited as one (issue 7 item 2).
        assertThat(Db.number("select count(*) from audit_record where object_id = :id and action = 'plan.revise' "
                + "and result = 'REJECTED'", p)).isEqualTo(1);
        assertThat(Db.number("select count(*) from audit_record where action = 'participant.register' "
                + "and result = 'REJECTED'", Map.of())).isEqualTo(refusedRegistrations + 1);
        assertThat(Db.number("select count(*) from audit_record where concat_ws('|', actor, action, object_type, "
                + "object_id, origin) like :bsn", Map.of("bsn", "%" + bsn + "%"))).isZero();
    }
}
