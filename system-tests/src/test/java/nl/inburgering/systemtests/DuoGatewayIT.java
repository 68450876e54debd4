package nl.inburgering.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.testing.TestBsns;
import nl.inburgering.localstack.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 4: the DUO interface over the whole system. The DUO stub (DUO's side, judging every exchange by DUO's
 * own OpenAPI documents) and the six services as separate processes: a notification SS101 from the stub ends as a
 * participant registered at pip-service; a PIP established here ends as a valid PIP request at the stub; SS199 ends as
 * results recorded at exam-service and pip-service's completion check counting them, up to the completion.
 */
class DuoGatewayIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static SystemUnderTest system;

    @BeforeAll
    static void start() throws Exception {
        system = SystemUnderTest.get();
        system.startDuoGateway();
        awaitGatewayListens();
    }

    @AfterAll
    static void stop() {
        system.stopDuoGateway();
    }

    @AfterEach
    void noExchangeBrokeDuosDocuments() {
        assertThat(stub("GET", "/_stub/violations", null)).as("exchanges DUO's documents refuse").isEmpty();
    }

    /**
     * Its consumers start at the end of the topics: a marker on each topic, consumed, proves they hold their
     * partitions, so nothing this test produces is skipped.
     */
    static void awaitGatewayListens() throws Exception {
        TopicReader topics = new TopicReader(system.stack().kafkaBootstrapServers());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            List<String> ids = new ArrayList<>();
            for (String topic : List.of("pip.events", "map.events", "pvt.events")) {
                String id = UUID.randomUUID().toString();
                String subject = UUID.randomUUID().toString();
                ids.add(id);
                // A well-formed event of a type no consumer handles: recorded as processed, changing nothing.
                topics.produce(topic, subject, nl.inburgering.contracts.envelope.CloudEvents.toJson(
                        new nl.inburgering.contracts.envelope.CloudEvent(
                                nl.inburgering.contracts.envelope.CloudEvent.SPEC_VERSION, id,
                                nl.inburgering.contracts.envelope.EventSources.PIP_SERVICE, "nl.inburgering.test.sync",
                                subject, Instant.now(), nl.inburgering.contracts.envelope.CloudEvent.DATA_CONTENT_TYPE,
                                null, JSON.createObjectNode().put("participantId", subject))));
            }
            Thread.sleep(3_000);
            return gatewayCount("select count(distinct event_source || event_id) from processed_event where event_id = any(?)",
                    ids.toArray(String[]::new)) >= 3;
        });
    }

    static long gatewayCount(String sql, String[] ids) throws Exception {
        String url = "jdbc:postgresql://" + system.stack().pgHost() + ":" + system.stack().pgPort() + "/duo_gateway_test";
        try (Connection c = DriverManager.getConnection(url, "duo_gateway", "duo_gateway");
             PreparedStatement q = c.prepareStatement(sql)) {
            if (sql.contains("any(?)")) {
                q.setArray(1, c.createArrayOf("varchar", ids));
            } else if (ids != null) {
                q.setString(1, ids[0]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static JsonNode stub(String method, String path, String body) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SystemUnderTest.duoStubUrl() + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void duoKnows(String path, String json) {
        stub("PUT", "/_stub/responses", "{\"method\":\"GET\",\"path\":\"" + path + "\",\"status\":200,\"body\":" + json + "}");
    }

    static List<JsonNode> duoReceived(String method, String path) {
        List<JsonNode> found = new ArrayList<>();
        stub("GET", "/_stub/exchanges", null).forEach(e -> {
            if (e.path("method").asText().equals(method) && e.path("path").asText().equals(path)) {
                found.add(e);
            }
        });
        return found;
    }

    static String participantWithBsn(String bsn) {
        List<String> ids = given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(DevTokens.duo())
                .contentType("application/json").body("{\"bsn\":\"" + bsn + "\"}")
                .when().post("/v1/participants/_search").then().statusCode(200).extract().path("items.id");
        return ids.isEmpty() ? null : ids.get(0);
    }

    @Test
    void ss101FromDuoEndsAsAParticipantRegisteredAtPipService() {
        String bsn = TestBsns.random();
        duoKnows("/personen/" + bsn + "/inburgeringsplicht", "{\"indicatorInburgeringsplicht\":true,"
                + "\"begindatum\":\"2026-01-15\",\"datumKennisgevingInburgeringsplicht\":\"2026-01-20\"}");
        duoKnows("/personen/" + bsn + "/doelgroep", "{\"indeling\":\"Gezinsmigrant en overige migrant\"}");
        stub("PUT", "/_stub/brp", "{\"bsn\":\"" + bsn + "\",\"naam\":\"C. Duo\",\"geboortedatum\":\"1991-03-03\","
                + "\"datumInschrijvingInGemeente\":\"2026-01-10\",\"gemeentecode\":\"0363\"}");

        JsonNode sent = stub("POST", "/_stub/notificaties", "{\"bsn\":\"" + bsn + "\",\"gebeurtenisId\":\"SS101\"}");
        assertThat(sent.path("status").asInt()).isEqualTo(201);
        assertThat(sent.path("violations")).isEmpty();

        String id = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> participantWithBsn(bsn), found -> found != null);
        given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(DevTokens.officer("GM0363"))
                .when().get("/v1/participants/" + id)
                .then().statusCode(200).body("name", equalTo("C. Duo")).body("targetGroup", equalTo("FAMILY_OR_OTHER_MIGRANT"))
                .body("obligationStartDate", equalTo("2026-01-15")).body("notificationDate", equalTo("2026-01-20"));
        // The same notification again (DUO retries) registers nobody twice.
        String berichtId = sent.path("headers").path("berichtId").asText();
        String registered;
        try {
            registered = JSON.readTree(sent.path("requestBody").asText()).path("registratieDatumTijd").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        JsonNode again = stub("POST", "/_stub/notificaties", "{\"bsn\":\"" + bsn + "\",\"gebeurtenisId\":\"SS101\","
                + "\"berichtId\":\"" + berichtId + "\",\"registratieDatumTijd\":\"" + registered + "\"}");
        assertThat(again.path("status").asInt()).isEqualTo(201);
        given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"bsn\":\"" + bsn + "\"}").when().post("/v1/participants/_search")
                .then().statusCode(200).body("items", hasSize(1));
        // pip-service's BSN uniqueness alone would hide a second registration attempt: the gateway itself stored
        // the notification once and processed it once (one registration request).
        try {
            Thread.sleep(2_000);
            assertThat(gatewayCount("select count(*) from task where cast(bericht_id as text) = ?",
                    new String[] {berichtId})).isEqualTo(1);
            assertThat(gatewayCount("select count(*) from audit_record where action = 'duo.notification.process' and "
                    + "object_id = ?", new String[] {berichtId})).isEqualTo(1);
            assertThat(gatewayCount("select count(*) from audit_record where action = 'duo.notification.receive' and "
                    + "object_id = ? and reason like '%duplicate berichtId, the same notification'",
                    new String[] {berichtId})).isEqualTo(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPipEstablishedHereEndsAsAValidPipRequestAtDuo() {
        String bsn = TestBsns.random();
        String id = Journeys.register(bsn, "GM0363", "ASYLUM_PERMIT_HOLDER");
        Journeys.plan(DevTokens.officer("GM0363"), id, """
                {"dateOfIssue":"2026-02-01","route":"B1","estimatedB1Intensity":1200,"literacyIndicator":"NVT",
                 "mapArrangement":"40 hours work placement","pvtArrangement":"six sessions"}""");

        List<JsonNode> posted = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> duoReceived("POST", "/personen/" + bsn + "/PIP"), l -> !l.isEmpty());
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).path("status").asInt()).isEqualTo(201);
        JsonNode pip = stub("GET", "/_stub/stored", null).path("/personen/" + bsn + "/PIP");
        assertThat(pip.asText()).contains("\"dagtekeningPip\":\"2026-02-01\"").contains("\"leerroute\":\"B\"")
                .contains("\"niveau\":\"B1\"").contains("\"geschatteIntensiteitB1Route\":1200");
    }

    @Test
    void ss199EndsAsResultsRecordedAndCountedByTheCompletionCheck_upToTheCompletion() {
        String bsn = TestBsns.random();
        String officer = DevTokens.officer("GM0363");
        String id = Journeys.register(bsn, "GM0363", "ASYLUM_PERMIT_HOLDER");
        Journeys.plan(officer, id, """
                {"dateOfIssue":"2026-02-01","route":"B1","literacyIndicator":"NVT",
                 "mapArrangement":"40 hours work placement","pvtArrangement":"six sessions"}""");
        duoKnows("/personen/" + bsn + "/examens/resultaten", "["
                + "{\"examendatum\":\"2026-03-02\",\"resultaat\":\"Geslaagd\",\"onderdeel\":\"LE\",\"niveau\":\"B1\"},"
                + "{\"examendatum\":\"2026-03-03\",\"resultaat\":\"Geslaagd\",\"onderdeel\":\"LU\",\"niveau\":\"B1\"},"
                + "{\"examendatum\":\"2026-03-04\",\"resultaat\":\"Gezakt\",\"onderdeel\":\"SC\",\"niveau\":\"B1\"},"
                + "{\"examendatum\":\"2026-04-04\",\"resultaat\":\"Geslaagd\",\"onderdeel\":\"SC\",\"niveau\":\"B1\"},"
                + "{\"examendatum\":\"2026-03-05\",\"resultaat\":\"Geslaagd\",\"onderdeel\":\"SP\",\"niveau\":\"B1\"},"
                + "{\"examendatum\":\"2026-03-06\",\"resultaat\":\"Geslaagd\",\"onderdeel\":\"KNM\"}]");
        // exam-service knows the participant from pip.events before DUO's result can be recorded there
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(SystemUnderTest.url("exam")).auth().oauth2(DevTokens.duo())
                        .when().get("/v1/participants/" + id + "/exams").then().statusCode(200));
        JsonNode sent = stub("POST", "/_stub/notificaties", "{\"bsn\":\"" + bsn + "\",\"gebeurtenisId\":\"SS199\"}");
        assertThat(sent.path("status").asInt()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(officer)
                        .when().get("/v1/participants/" + id + "/progress").then().statusCode(200)
                        .body("requirements.findAll { it.state == 'DONE' }.requirement",
                                hasItems("READING", "LISTENING", "WRITING", "SPEAKING", "KNM")));
        // Six results, the failed writing attempt included, each recorded once.
        given().baseUri(SystemUnderTest.url("exam")).auth().oauth2(DevTokens.duo())
                .when().get("/v1/participants/" + id + "/exams").then().statusCode(200).body("registrations", hasSize(6));
        // DUO notifies again (a later SS199 lists every result again): nothing is recorded twice.
        JsonNode again = stub("POST", "/_stub/notificaties", "{\"bsn\":\"" + bsn + "\",\"gebeurtenisId\":\"SS199\"}");
        String second = again.path("headers").path("berichtId").asText();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> gatewayCount(
                "select count(*) from task where status = 'DONE' and bericht_id = cast(? as uuid)",
                new String[] {second}) == 1);
        given().baseUri(SystemUnderTest.url("exam")).auth().oauth2(DevTokens.duo())
                .when().get("/v1/participants/" + id + "/exams").then().statusCode(200).body("registrations", hasSize(6));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        Journeys.twelvePvtHours(officer, id, today.minusDays(20), today.minusDays(10), today.minusDays(5));
        Journeys.sign(officer, id, today.minusDays(2), "D. Duo");
        Journeys.fullMap(officer, id, today.minusDays(1));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(SystemUnderTest.url("pip")).auth().oauth2(officer)
                        .when().get("/v1/participants/" + id + "/progress").then().statusCode(200)
                        .body("status", equalTo("COMPLETED")));
        // DUO heard of the PVT and the MAP too, each as its whole resource.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                !duoReceived("PUT", "/personen/" + bsn + "/map").isEmpty()
                        && !duoReceived("PUT", "/personen/" + bsn + "/pvt").isEmpty());
        assertThat(stub("GET", "/_stub/stored", null).path("/personen/" + bsn + "/pvt").asText())
                .isEqualTo("{\"datumOndertekeningPvt\":\"" + today.minusDays(2) + "\"}");
    }
}
