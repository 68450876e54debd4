package nl.inburgering.pip.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import nl.inburgering.kit.testing.AuditTrail;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import nl.inburgering.pip.support.TestData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §6, issue 7 item 2: each operation is audited under one action, whatever its outcome: one record per
 * request, SUCCESS inside the transaction, DENIED (404) or REJECTED (409, 412, 428) after the rollback.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
@DisplayName("Audit: one action per operation, one record per request (DESIGN §6)")
class AuditOncePerOperationTest {

    static final String GM = "GM0363";

    static List<String> trail(UUID id, String actionPrefix) {
        return AuditTrail.of(id).stream().filter(r -> r.startsWith(actionPrefix)).toList();
    }

    @Test
    void theIntakePutIsOneActionForCreateReplaceAndEveryRefusal() {
        UUID id = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        String url = IntakeTest.url(id);
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json").body(IntakeTest.FEASIBLE)
                .when().put(url).then().statusCode(201);
        given().auth().oauth2(DevTokens.officer("GM0344")).contentType("application/json").body(IntakeTest.FEASIBLE)
                .when().put(url).then().statusCode(404);
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json").body(IntakeTest.FEASIBLE)
                .when().put(url).then().statusCode(428);
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json").body(IntakeTest.FEASIBLE)
                .header("If-Match", "\"41\"").when().put(url).then().statusCode(412);
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json").body(IntakeTest.FEASIBLE)
                .header("If-Match", "\"0\"").when().put(url).then().statusCode(200);

        assertThat(trail(id, "intake.")).containsExactly("intake.put SUCCESS", "intake.put DENIED",
                "intake.put REJECTED", "intake.put REJECTED", "intake.put SUCCESS");
    }

    @Test
    void aRevisionIsAuditedAsARevisionWhetherItSucceedsOrIsRefused() {
        UUID id = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        Api.postPlan(GM, id, Api.plan("2026-02-01", "B1")).statusCode(201);
        Api.postPlan(GM, id, Api.plan("2026-01-01", "B1")).statusCode(409);     // before the current PIP: DUO-PIP-3
        Api.postPlan("GM0344", id, Api.plan("2026-03-01", "B1")).statusCode(404); // not their participant
        Api.postPlan(GM, id, Api.plan("2026-03-01", "B1")).statusCode(201);

        assertThat(trail(id, "plan.")).containsExactly("plan.establish SUCCESS", "plan.revise REJECTED",
                "plan.revise DENIED", "plan.revise SUCCESS");
    }

    @Test
    void aRefusedFirstPipIsAuditedAsAnEstablishment() {
        UUID id = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        Api.postPlan(GM, id, Api.plan("2019-01-01", "B1")).statusCode(409);     // before the obligation: DUO-PIP-1

        assertThat(trail(id, "plan.")).containsExactly("plan.establish REJECTED");
    }

    @Test
    void aReadIsAuditedOnceWhenShownAndOnceWhenRefused() {
        UUID id = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        given().auth().oauth2(DevTokens.participant(id)).when().get("/v1/participants/" + id).then().statusCode(200);
        given().auth().oauth2(DevTokens.officer("GM0344")).when().get("/v1/participants/" + id).then().statusCode(404);

        assertThat(trail(id, "participant.read")).containsExactly("participant.read SUCCESS", "participant.read DENIED");
    }

    @Test
    void aSecondRegistrationOfTheSameBsnIsOneRejectedRegistration() {
        String bsn = TestData.randomBsn();
        UUID id = Api.register(bsn, GM, "ASYLUM_PERMIT_HOLDER");
        long rejected = rejectedRegistrations();
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body(TestData.registration(bsn, GM))
                .when().post("/v1/participants").then().statusCode(409);

        assertThat(AuditTrail.count("participant.register", id, "SUCCESS")).isEqualTo(1);
        assertThat(rejectedRegistrations()).isEqualTo(rejected + 1);
    }

    static long rejectedRegistrations() {
        return Db.number("select count(*) from audit_record where action = 'participant.register' "
                + "and result = 'REJECTED'", java.util.Map.of());
    }
}
