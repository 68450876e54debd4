package nl.inburgering.duogateway.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.duogateway.support.GatewayTestResource;
import nl.inburgering.duogateway.support.OurServicesFake;
import nl.inburgering.duogateway.support.Stub;
import nl.inburgering.kit.testing.AuditTrail;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.localstack.LocalStackResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 2, inbound: DUO's notification arrives by DUO's Notificatie API (the stub sends it and judges our
 * answer by DUO's document), is stored before the 201, answered the same for the same berichtId, and SS101 ends as a
 * registration at pip-service built from DUO's Inburgeringsplicht and Doelgroep and the BRP, sent once, with the
 * berichtId as its Idempotency-Key. The BSN is sealed while it waits, erased once done, and in no log line.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
@QuarkusTestResource(GatewayTestResource.class)
class NotificationInboundTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static OurServicesFake services;

    @TestHTTPResource("/duo/v1")
    URL gateway;

    @BeforeAll
    static void startFake() {
        services = new OurServicesFake();
    }

    @AfterAll
    static void stopFake() {
        services.close();
    }

    @BeforeEach
    void reset() {
        Stub.reset();
    }

    static String base(URL url) {
        return url.toString().replaceAll("/$", "");
    }

    void duoKnowsANewlyObligedPerson(String bsn) {
        Stub.duoKnows("/personen/" + bsn + "/inburgeringsplicht", "{\"indicatorInburgeringsplicht\":true,"
                + "\"begindatum\":\"2026-01-15\",\"datumKennisgevingInburgeringsplicht\":\"2026-01-20\"}");
        Stub.duoKnows("/personen/" + bsn + "/doelgroep", "{\"indeling\":\"Asielstatushouder\","
                + "\"gedetailleerdeDoelgroep\":\"Asielstatushouder\",\"begindatum\":\"2026-01-15\"}");
        Stub.brpKnows(bsn, "A. Yilmaz", "1990-04-12", "2026-01-10", "0363");
    }

    @Test
    void ss101EndsAsARegistrationAtPipService_builtFromDuoAndTheBrp_sentOnceWithTheBerichtIdAsKey() throws Exception {
        String bsn = "999990019";
        UUID participant = UUID.randomUUID();
        duoKnowsANewlyObligedPerson(bsn);
        services.answer("POST", "/v1/participants/_search", 200, "{\"items\":[]}")
                .answer("POST", "/v1/participants", 201, "{\"id\":\"" + participant + "\"}");
        String berichtId = UUID.randomUUID().toString();

        JsonNode exchange = Stub.notify(base(gateway), "{\"bsn\":\"" + bsn + "\",\"gebeurtenisId\":\"SS101\","
                + "\"berichtId\":\"" + berichtId + "\",\"registratieDatumTijd\":\"2026-01-21T09:30:00Z\"}");
        assertThat(exchange.path("status").asInt()).isEqualTo(201);
        assertThat(exchange.path("violations")).as("our answer by DUO's document").isEmpty();

        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(Db.text(
                "select status from task where bericht_id = cast(:b as uuid)", Map.of("b", berichtId))));
        var registrations = services.calls("POST", "/v1/participants").stream().filter(c -> c.body().contains(bsn))
                .toList();
        assertThat(registrations).hasSize(1);
        assertThat(registrations.get(0).header("Idempotency-Key")).isEqualTo(berichtId);
        assertThat(registrations.get(0).header("Authorization")).startsWith("Bearer ");
        JsonNode registration = JSON.readTree(registrations.get(0).body());
        assertThat(registration.path("bsn").asText()).isEqualTo(bsn);
        assertThat(registration.path("name").asText()).isEqualTo("A. Yilmaz");
        assertThat(registration.path("dateOfBirth").asText()).isEqualTo("1990-04-12");
        assertThat(registration.path("targetGroup").asText()).isEqualTo("ASYLUM_PERMIT_HOLDER");
        assertThat(registration.path("municipalityCode").asText()).isEqualTo("GM0363");
        assertThat(registration.path("obligationStartDate").asText()).isEqualTo("2026-01-15");
        assertThat(registration.path("notificationDate").asText()).isEqualTo("2026-01-20");
        assertThat(registration.path("municipalityRegistrationDate").asText()).isEqualTo("2026-01-10");

        // The BSN was kept only while needed: erased with the DONE; the participant is now known.
        Map<String, Object> byBericht = Map.of("b", berichtId);
        assertThat(Db.number("select count(*) from task where bericht_id = cast(:b as uuid) and bsn_encrypted is null "
                + "and participant_id = cast('" + participant + "' as uuid)", byBericht)).isEqualTo(1);
        // Every exchange audited: the receipt, DUO's two answers, the BRP's, the processing.
        assertThat(AuditTrail.of(berichtId)).contains("duo.notification.receive SUCCESS", "brp.exchange SUCCESS",
                "duo.notification.process SUCCESS").filteredOn(s -> s.startsWith("duo.exchange SUCCESS")).hasSize(2);
        // DUO's side saw only valid requests.
        assertThat(Stub.violations()).isEmpty();
        assertThat(Files.readString(Path.of("target/duo-gateway-test.log"))).doesNotContain(bsn);
    }

    @Test
    void theSameBerichtIdAgainIsAnswered201AndIsTheSameNotification() {
        String bsn = "999990020";
        String berichtId = UUID.randomUUID().toString();
        // Not processable yet (no answers): it stays pending, which is what this test looks at.
        String order = "{\"bsn\":\"" + bsn + "\",\"gebeurtenisId\":\"SS128\",\"berichtId\":\"" + berichtId + "\"}";
        assertThat(Stub.notify(base(gateway), order).path("status").asInt()).isEqualTo(201);
        assertThat(Stub.notify(base(gateway), order).path("status").asInt()).isEqualTo(201);
        assertThat(Db.number("select count(*) from task where bericht_id = cast(:b as uuid)", Map.of("b", berichtId)))
                .isEqualTo(1);
        assertThat(Db.number("select count(*) from task where bericht_id = cast(:b as uuid) and bsn_encrypted is not "
                + "null and position(convert_to(:bsn, 'UTF8') in bsn_encrypted) = 0 and payload not like '%' || :bsn || '%'",
                Map.of("b", berichtId, "bsn", bsn))).as("sealed, never in clear").isEqualTo(1);
        assertThat(AuditTrail.count("duo.notification.receive", berichtId, "SUCCESS")).isEqualTo(2);
        assertThat(Stub.violations()).isEmpty();
    }

    @Test
    void whatDuosDocumentRefusesIs400_andNotFromDuoOrNotForUsIs403_eachAsTheDocumentDefinesIt() {
        String ok = "{\"registratieDatumTijd\":\"2026-01-21T09:30:00Z\",\"gebeurtenisId\":\"SS101\",\"bsn\":\"999990019\"}";
        String duo = "00000099000000000001";
        String us = "00000099000000000363";
        String[][] cases = {
                // headers bron, doel, berichtId; body; expected status
                {duo, us, UUID.randomUUID().toString(), "{\"gebeurtenisId\":\"SS101\"}", "400"},
                {duo, us, UUID.randomUUID().toString(), "{\"registratieDatumTijd\":\"gisteren\",\"gebeurtenisId\":\"ss1\"}", "400"},
                {duo, us, UUID.randomUUID().toString(), ok.replace("999990019", "12345"), "400"},
                {duo, us, "niet-een-uuid", ok, "400"},
                {duo, "GM0363", UUID.randomUUID().toString(), ok, "400"},
                {duo, us, UUID.randomUUID().toString(), "geen json", "400"},
                {"00000099000000000999", us, UUID.randomUUID().toString(), ok, "403"},
                {duo, "00000099000000000999", UUID.randomUUID().toString(), ok, "403"},
        };
        for (String[] c : cases) {
            JsonNode exchange = Stub.notify(base(gateway), "{\"raw\":true,\"headers\":{\"bron\":\"" + c[0]
                    + "\",\"doel\":\"" + c[1] + "\",\"berichtId\":\"" + c[2] + "\"},\"body\":" + JSON.valueToTree(c[3])
                    + "}");
            assertThat(exchange.path("status").asInt()).as(String.join(" | ", c)).isEqualTo(Integer.parseInt(c[4]));
            // Our refusal itself is as DUO's document defines it (API-Version, no body).
            assertThat(exchange.path("violations").toString()).as(c[3]).doesNotContain("response:");
        }
        assertThat(Db.number("select count(*) from audit_record where action = 'duo.notification.receive' and result in "
                + "('REJECTED', 'DENIED')", Map.of())).isGreaterThanOrEqualTo(cases.length);
    }

    @Test
    void review9_whenWeCannotStoreANotificationDuoGetsItsOwn503WithAFoutmelding_andCanSendItAgain() {
        String berichtId = UUID.randomUUID().toString();
        String order = "{\"bsn\":\"999990307\",\"gebeurtenisId\":\"SS106\",\"berichtId\":\"" + berichtId + "\"}";
        // A real fault: the table is not there (a failed migration, a database restored wrong).
        Db.execute("alter table task rename to task_away");
        JsonNode refused;
        try {
            refused = Stub.notify(base(gateway), order);
        } finally {
            Db.execute("alter table task_away rename to task");
        }
        assertThat(refused.path("status").asInt()).isEqualTo(503);
        assertThat(refused.path("responseBody").asText()).contains("\"fouttekst\"");
        assertThat(refused.path("violations")).as("DUO's document: 503 with API-Version and a Foutmelding").isEmpty();
        assertThat(Stub.notify(base(gateway), order).path("status").asInt()).isEqualTo(201);
        assertThat(Db.number("select count(*) from task where bericht_id = cast(:b as uuid)", Map.of("b", berichtId)))
                .isEqualTo(1);
    }

    @Test
    void reviewNice_theSameBerichtIdWithAnotherBodyIsAuditedAsSuch_andNoVNummerIsKept() {
        String berichtId = UUID.randomUUID().toString();
        String first = "{\"bsn\":\"999990319\",\"gebeurtenisId\":\"SS106\",\"berichtId\":\"" + berichtId
                + "\",\"registratieDatumTijd\":\"2026-03-02T08:00:00Z\",\"vNummer\":1234567890}";
        assertThat(Stub.notify(base(gateway), first).path("status").asInt()).isEqualTo(201);
        assertThat(Stub.notify(base(gateway), first).path("status").asInt()).isEqualTo(201);
        assertThat(Stub.notify(base(gateway), first.replace("SS106", "SS112")).path("status").asInt()).isEqualTo(201);
        assertThat(AuditTrail.reasons("duo.notification.receive", berichtId)).containsExactly("SS106",
                "SS106: duplicate berichtId, the same notification",
                "SS112: duplicate berichtId with another body; the first stands");
        assertThat(Db.number("select count(*) from task where bericht_id = cast(:b as uuid) and payload like "
                + "'%1234567890%'", Map.of("b", berichtId))).isZero();
    }

    @Test
    void theSameSs101TwiceMakesOneTaskAndOneRegistration() {
        String bsn = "999990320";
        duoKnowsANewlyObligedPerson(bsn);
        UUID participant = UUID.randomUUID();
        services.answer("POST", "/v1/participants/_search", 200, "{\"items\":[]}")
                .answer("POST", "/v1/participants", 201, "{\"id\":\"" + participant + "\"}");
        String berichtId = UUID.randomUUID().toString();
        String order = "{\"bsn\":\"" + bsn + "\",\"gebeurtenisId\":\"SS101\",\"berichtId\":\"" + berichtId + "\"}";
        assertThat(Stub.notify(base(gateway), order).path("status").asInt()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(Db.text(
                "select status from task where bericht_id = cast(:b as uuid)", Map.of("b", berichtId))));
        assertThat(Stub.notify(base(gateway), order).path("status").asInt()).isEqualTo(201);
        assertThat(Db.number("select count(*) from task where bericht_id = cast(:b as uuid)", Map.of("b", berichtId)))
                .isEqualTo(1);
        assertThat(services.calls("POST", "/v1/participants").stream().filter(c -> c.body().contains(bsn))).hasSize(1);
    }
}
