package nl.inburgering.pip.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.localstack.testing.TopicReader;
import nl.inburgering.pip.support.TestData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** POST /v1/participants writes the participant and its event atomically; the event reaches the real broker. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ParticipantRegistrationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void registrationPublishesParticipantRegisteredWithoutTheBsn() throws Exception {
        String bsn = TestData.randomBsn();
        String id = given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body(TestData.registration(bsn, "GM0363"))
                .when().post("/v1/participants")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/v1/participants/"))
                .extract().path("id");
        UUID.fromString(id);

        ConsumerRecord<String, String> record = new TopicReader(bootstrap)
                .await("pip.events", r -> id.equals(r.key()), Duration.ofSeconds(30));

        JsonNode event = json.readTree(record.value());
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("type").asText()).isEqualTo("nl.inburgering.participant.registered");
        assertThat(event.get("source").asText()).isEqualTo("urn:nld:inburgering:pip-service");
        assertThat(event.get("subject").asText()).isEqualTo(id);
        assertThat(event.at("/data/participantId").asText()).isEqualTo(id);
        assertThat(event.at("/data/municipalityCode").asText()).isEqualTo("GM0363");
        assertThat(event.at("/data/notificationDate").asText()).isEqualTo("2026-01-20");
        // DESIGN §1: the BSN is never in an event, a key or a header.
        assertThat(record.value()).doesNotContain(bsn);
        assertThat(record.key()).doesNotContain(bsn);
        for (Header h : record.headers()) {
            assertThat(new String(h.value(), StandardCharsets.UTF_8)).doesNotContain(bsn);
        }
    }

    @Test
    void theSameRequestWithTheSameIdempotencyKeyReturnsTheSameParticipant() {
        String body = TestData.registration(TestData.randomBsn(), "GM0363");
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .header("Idempotency-Key", key).body(body)
                .when().post("/v1/participants").then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .header("Idempotency-Key", key).body(body)
                .when().post("/v1/participants").then().statusCode(201).body("id", equalTo(first));
    }

    @Test
    void aParticipantIsFoundByBsnWithPostSearch() {
        String bsn = TestData.randomBsn();
        String id = given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body(TestData.registration(bsn, "GM0599"))
                .when().post("/v1/participants").then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.officer("GM0599")).contentType("application/json")
                .body("{\"bsn\":\"" + bsn + "\"}")
                .when().post("/v1/participants/_search")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id));
        // An officer of another municipality learns nothing.
        given().auth().oauth2(DevTokens.officer("GM0014")).contentType("application/json")
                .body("{\"bsn\":\"" + bsn + "\"}")
                .when().post("/v1/participants/_search")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void anOfficerOfAnotherMunicipalityGets404() {
        String id = given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body(TestData.registration(TestData.randomBsn(), "GM0363"))
                .when().post("/v1/participants").then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.officer("GM0363")).when().get("/v1/participants/" + id)
                .then().statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(DevTokens.officer("GM0344")).when().get("/v1/participants/" + id)
                .then().statusCode(404);
    }

    @Test
    void anObligationThatStartedBefore2022FallsUnderTheWi2013AndIsRefused_WI2021_SCOPE() {
        String bsn = TestData.randomBsn();
        String wi2013 = TestData.registration(bsn, "GM0363").replace("\"obligationStartDate\":\"2026-01-15\"",
                "\"obligationStartDate\":\"2021-12-31\"");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body(wi2013)
                .when().post("/v1/participants")
                .then().statusCode(409).contentType("application/problem+json").body("rule", equalTo("WI2021-SCOPE"))
                .body("detail", org.hamcrest.Matchers.containsString("Wet inburgering 2013"));
        // Nothing was stored: the same BSN starting on 1 January 2022 registers.
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body(wi2013.replace("2021-12-31", "2022-01-01"))
                .when().post("/v1/participants").then().statusCode(201);
    }
}
