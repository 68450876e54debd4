package nl.inburgering.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.testing.TestBsns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The foundation's end-to-end path through separate processes: a participant registered at pip-service
 * (REST) reaches exam-, map-, pvt- and deadline-service through the outbox, the real broker and each
 * service's idempotent consumer.
 */
class ParticipantRegisteredFlowIT {

    static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void aRegisteredParticipantReachesEveryOtherService() {
        String id = given().baseUri(SystemUnderTest.url("pip"))
                .auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("""
                        {"bsn":"%s","name":"A. Yilmaz","dateOfBirth":"1990-04-12","targetGroup":"ASYLUM_PERMIT_HOLDER",
                         "municipalityCode":"GM0363","obligationStartDate":"2026-01-15","notificationDate":"2026-01-20",
                         "municipalityRegistrationDate":"2026-01-10"}""".formatted(randomBsn()))
                .when().post("/v1/participants")
                .then().statusCode(201).extract().path("id");

        for (String service : new String[] {"exam", "map", "pvt", "deadline"}) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                    .untilAsserted(() -> assertThat(replicaMunicipality(service, UUID.fromString(id)))
                            .as(service + "-service's copy").isEqualTo("GM0363"));
        }
    }

    String replicaMunicipality(String service, UUID id) throws Exception {
        String url = "jdbc:postgresql://" + system.stack().pgHost() + ":" + system.stack().pgPort() + "/" + service + "_test";
        try (Connection c = DriverManager.getConnection(url, service, service);
                PreparedStatement ps = c.prepareStatement(
                        "select municipality_code from participant_replica where participant_id = ? and registered")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static String randomBsn() {
        return TestBsns.random();
    }
}
