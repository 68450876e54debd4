package nl.inburgering.pip.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import nl.inburgering.kit.testing.AuditTrail;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import nl.inburgering.pip.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 1: duo-gateway, and only duo-gateway, has pip-service disclose a participant's BSN, to put it into one
 * request to DUO. The BSN is in the answer's body (never in a URI) and every disclosure is audited with its purpose.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class BsnDisclosureTest {

    static final String GATEWAY = DevTokens.duoGateway(Duration.ofHours(1));

    static String path(UUID id) {
        return "/v1/participants/" + id + "/bsn-disclosures";
    }

    @Test
    void duoGatewayIsShownTheBsnInTheBody_andTheDisclosureIsAuditedWithItsPurpose() {
        String bsn = TestData.randomBsn();
        UUID id = Api.register(bsn, "GM0363", "ASYLUM_PERMIT_HOLDER");
        given().auth().oauth2(GATEWAY).contentType("application/json").body("{\"purpose\":\"duo.pip.post\"}")
                .when().post(path(id))
                .then().statusCode(200).body("bsn", equalTo(bsn));
        assertThat(AuditTrail.count("participant.bsn.disclose", id, "SUCCESS")).isEqualTo(1);
        assertThat(AuditTrail.reasons("participant.bsn.disclose", id)).containsExactly("duo.pip.post");
        assertThat(nl.inburgering.kit.testing.Db.text("select actor_role from audit_record where action = "
                + "'participant.bsn.disclose' and object_id = :id", java.util.Map.of("id", id.toString())))
                .isEqualTo("duo-gateway");
    }

    @Test
    void noOtherRoleReachesTheDisclosure_notEvenDuo() {
        UUID id = Api.register(TestData.randomBsn(), "GM0363", "ASYLUM_PERMIT_HOLDER");
        for (String token : new String[] {DevTokens.duo(), DevTokens.officer("GM0363"), DevTokens.participant(id),
                DevTokens.operator(), DevTokens.examProvider()}) {
            given().auth().oauth2(token).contentType("application/json").body("{\"purpose\":\"duo.pip.post\"}")
                    .when().post(path(id))
                    .then().statusCode(403);
        }
        given().contentType("application/json").body("{\"purpose\":\"duo.pip.post\"}")
                .when().post(path(id)).then().statusCode(401);
        assertThat(AuditTrail.count("participant.bsn.disclose", id, "SUCCESS")).isZero();
    }

    @Test
    void anUnknownParticipantIs404_andAPurposeThatIsNotACodeIs400() {
        given().auth().oauth2(GATEWAY).contentType("application/json").body("{\"purpose\":\"duo.pip.post\"}")
                .when().post(path(UUID.randomUUID()))
                .then().statusCode(404).contentType("application/problem+json");
        UUID id = Api.register(TestData.randomBsn(), "GM0363", "ASYLUM_PERMIT_HOLDER");
        given().auth().oauth2(GATEWAY).contentType("application/json").body("{\"purpose\":\"Zomaar, voor A. Yilmaz\"}")
                .when().post(path(id))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("purpose"));
        given().auth().oauth2(GATEWAY).contentType("application/json").body("{}")
                .when().post(path(id))
                .then().statusCode(400).body("errors.field", hasItem("purpose"));
    }
}
