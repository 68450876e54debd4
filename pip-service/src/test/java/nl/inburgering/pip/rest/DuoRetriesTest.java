package nl.inburgering.pip.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §4 ("commands that partners retry accept an Idempotency-Key") for DUO's changes, which duo-gateway retries
 * with DUO's berichtId as the key (issue 13 item 2: a notification is never applied twice): a move, a target group
 * change and the end of the obligation sent twice with one key take effect once and answer the same twice.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class DuoRetriesTest {

    static String post(UUID id, String path, String key, String body, int status) {
        return given().auth().oauth2(DevTokens.duo()).header("Idempotency-Key", key).contentType("application/json")
                .body(body).when().post("/v1/participants/" + id + path)
                .then().statusCode(status).extract().header("Location");
    }

    @Test
    void aMoveATargetGroupChangeAndAnObligationEndRetriedWithOneKeyTakeEffectOnce() {
        UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        Map<String, Object> byId = Map.of("id", id);
        String today = Api.today().toString();

        String move = "{\"toMunicipalityCode\":\"GM0599\",\"movedOn\":\"" + today + "\"}";
        String moveKey = UUID.randomUUID().toString();
        assertThat(post(id, "/moves", moveKey, move, 201)).isEqualTo(post(id, "/moves", moveKey, move, 201));
        assertThat(Db.number("select count(*) from participant_move where participant_id = :id", byId)).isEqualTo(1);

        String change = "{\"targetGroup\":\"FAMILY_OR_OTHER_MIGRANT\",\"effectiveDate\":\"" + today + "\"}";
        String changeKey = UUID.randomUUID().toString();
        assertThat(post(id, "/target-group-changes", changeKey, change, 201))
                .isEqualTo(post(id, "/target-group-changes", changeKey, change, 201));
        assertThat(Db.number("select count(*) from target_group_change where participant_id = :id", byId))
                .isEqualTo(1);

        String end = "{\"reason\":\"LEFT_COUNTRY\",\"endedOn\":\"" + today + "\"}";
        String endKey = UUID.randomUUID().toString();
        post(id, "/obligation-end", endKey, end, 201);
        post(id, "/obligation-end", endKey, end, 201);
        // Without the key the second one is the rule's refusal, as before.
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body(end)
                .when().post("/v1/participants/" + id + "/obligation-end")
                .then().statusCode(409).body("rule", equalTo("E14"));
    }
}
