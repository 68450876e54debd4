package nl.inburgering.pip.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.security.BsnProtection;
import nl.inburgering.pip.support.Api;
import nl.inburgering.pip.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 5 (privacy; DESIGN §1, §6; AVG art. 32, security of processing): pip-service's database holds no BSN
 * in clear text, only its HMAC and its ciphertext, while everything the API did with the BSN still works: the
 * search, the duplicate check, showing it to DUO and officers, an Idempotency-Key retry.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class BsnAtRestTest {

    static final String PROBLEM = "application/problem+json";
    static final HexFormat HEX = HexFormat.of();

    @Inject
    BsnProtection bsns;

    @Test
    void theParticipantRowHoldsNoBsn_onlyItsHmacAndItsCiphertext() {
        String bsn = TestData.randomBsn();
        UUID id = Api.register(bsn, "GM0363", "ASYLUM_PERMIT_HOLDER");
        Map<String, Object> byId = Map.of("id", id);

        assertThat(Db.texts("select column_name from information_schema.columns where table_schema = current_schema "
                + "and table_name = 'participant'", Map.of())).contains("bsn_hmac", "bsn_encrypted").doesNotContain("bsn");
        // Every column but the id (a UUID may hold nine digits in a row) and the two bytea columns, as text.
        String rest = Db.text("select (to_jsonb(p) - 'id' - 'bsn_hmac' - 'bsn_encrypted')::text from participant p "
                + "where id = :id", byId);
        assertThat(rest).contains("A. Yilmaz").doesNotContainPattern("[0-9]{9}");
        assertThat(Db.number("select count(*) from participant p where to_jsonb(p)::text like '%' || :bsn || '%' "
                + "or position(convert_to(:bsn, 'UTF8') in bsn_hmac) > 0 "
                + "or position(convert_to(:bsn, 'UTF8') in bsn_encrypted) > 0", Map.of("bsn", bsn)))
                .as("rows with the BSN as text or as its bytes").isZero();

        assertThat(Db.text("select encode(bsn_hmac, 'hex') from participant where id = :id", byId))
                .isEqualTo(HEX.formatHex(bsns.hmac(bsn)));
        String encrypted = Db.text("select encode(bsn_encrypted, 'hex') from participant where id = :id", byId);
        assertThat(bsns.decrypt(HEX.parseHex(encrypted))).isEqualTo(bsn);
    }

    @Test
    void aSearchByBsnStillFindsTheParticipant_andShowsTheBsnToDuoAndOfficersOnly() {
        String bsn = TestData.randomBsn();
        UUID id = Api.register(bsn, "GM0777", "ASYLUM_PERMIT_HOLDER");
        for (String token : new String[] {DevTokens.officer("GM0777"), DevTokens.duo()}) {
            given().auth().oauth2(token).contentType("application/json").body("{\"bsn\":\"" + bsn + "\"}")
                    .when().post("/v1/participants/_search")
                    .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id.toString()))
                    .body("items[0].bsn", equalTo(bsn));
            given().auth().oauth2(token).when().get("/v1/participants/" + id)
                    .then().statusCode(200).body("bsn", equalTo(bsn));
        }
        given().auth().oauth2(DevTokens.officer("GM0777")).when().get("/v1/participants?pageSize=100")
                .then().statusCode(200).body("items.find { it.id == '" + id + "' }.bsn", equalTo(bsn));
        given().auth().oauth2(DevTokens.participant(id)).when().get("/v1/participants/" + id)
                .then().statusCode(200).body("id", equalTo(id.toString())).body("bsn", nullValue());
        // Another BSN finds nothing.
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"bsn\":\"" + TestData.randomBsn() + "\"}")
                .when().post("/v1/participants/_search").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aSecondRegistrationOfOneBsnIsStill409BsnUnique() {
        String bsn = TestData.randomBsn();
        Api.register(bsn, "GM0363", "ASYLUM_PERMIT_HOLDER");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body(TestData.registration(bsn, "GM0344", "FAMILY_OR_OTHER_MIGRANT"))
                .when().post("/v1/participants")
                .then().statusCode(409).contentType(PROBLEM).body("rule", equalTo("BSN-UNIQUE"));
        assertThat(Db.number("select count(*) from participant where bsn_hmac = decode(:hmac, 'hex')",
                Map.of("hmac", HEX.formatHex(bsns.hmac(bsn))))).isEqualTo(1);
    }

    @Test
    void aRetryWithTheIdempotencyKeyAnswersWithTheBsn_whichIsNotKeptForIt() {
        String bsn = TestData.randomBsn();
        String body = TestData.registration(bsn, "GM0363");
        String key = UUID.randomUUID().toString();
        String id = given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .header("Idempotency-Key", key).body(body)
                .when().post("/v1/participants").then().statusCode(201).body("bsn", equalTo(bsn)).extract().path("id");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .header("Idempotency-Key", key).body(body)
                .when().post("/v1/participants")
                .then().statusCode(201).body("id", equalTo(id)).body("bsn", equalTo(bsn));
        // The same key with another BSN is another request.
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .header("Idempotency-Key", key).body(TestData.registration(TestData.randomBsn(), "GM0363"))
                .when().post("/v1/participants").then().statusCode(409).body("rule", equalTo("Idempotency-Key"));

        Map<String, Object> kept = Map.of("key", key);
        assertThat(Db.number("select count(*) from idempotency_record where idempotency_key = :key", kept)).isEqualTo(1);
        assertThat(Db.text("select body || ' ' || request_hash || ' ' || coalesce(resource_id, '') "
                + "from idempotency_record where idempotency_key = :key", kept)).contains(id).doesNotContain(bsn);
    }
}
