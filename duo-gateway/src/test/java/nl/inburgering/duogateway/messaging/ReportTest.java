package nl.inburgering.duogateway.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.events.EventPayload;
import nl.inburgering.contracts.events.MapCompleted;
import nl.inburgering.contracts.events.MapCompletionWithdrawn;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.events.PvtStatementSigned;
import nl.inburgering.contracts.events.Topics;
import nl.inburgering.contracts.events.ZRouteCompleted;
import nl.inburgering.contracts.events.ZRouteHoursRecorded;
import nl.inburgering.contracts.vocabulary.FollowedHoursKind;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.duogateway.support.GatewayTestResource;
import nl.inburgering.duogateway.support.OurServicesFake;
import nl.inburgering.duogateway.support.Stub;
import nl.inburgering.kit.testing.AuditTrail;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.localstack.testing.TopicReader;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 3, outbound: our events become DUO's requests, each one valid by DUO's own document (the stub judges
 * them), with retries and backoff when DUO is away, DEAD when DUO refuses, and an operator's replay after the fix.
 * The BSN is disclosed by pip-service right before each request and travels only in DUO's path.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
@QuarkusTestResource(GatewayTestResource.class)
class ReportTest {

    static OurServicesFake services;
    static TopicReader topics;

    @BeforeAll
    static void start() {
        services = new OurServicesFake();
        topics = new TopicReader(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @BeforeEach
    void reset() {
        Stub.reset();
    }

    static void produce(String topic, String source, EventPayload payload, Instant time) {
        topics.produce(topic, payload.participantId().toString(), CloudEvents.toJson(
                CloudEvents.wrap(source, payload, UUID.randomUUID(), time)));
    }

    /** pip-service's side for one participant: its BSN for the gateway, and its PIP version 1 as pip's Plan view. */
    static UUID participant(String bsn, String planJson) {
        UUID id = UUID.randomUUID();
        services.answer("POST", "/v1/participants/" + id + "/bsn-disclosures", 200, "{\"bsn\":\"" + bsn + "\"}");
        if (planJson != null) {
            services.answer("GET", "/v1/participants/" + id + "/plans/1", 200, planJson);
        }
        return id;
    }

    static List<JsonNode> duoReceived(String method, String pathEnd) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode e : Stub.exchanges()) {
            if (e.path("method").asText().equals(method) && e.path("path").asText().endsWith(pathEnd)) {
                found.add(e);
            }
        }
        return found;
    }

    static String status(UUID participant, String kind) {
        return Db.text("select string_agg(status, ',' order by seq) from task where participant_id = cast(:p as uuid) "
                + "and kind = :k", Map.of("p", participant.toString(), "k", kind));
    }

    @Test
    void aPipEstablishedHereEndsAsAValidPipRequestAtDuo_withTheBsnOnlyInDuosPath() {
        String bsn = "999990032";
        UUID id = participant(bsn, "{\"planId\":\"" + UUID.randomUUID() + "\",\"version\":1,\"dateOfIssue\":\"2026-02-01\","
                + "\"route\":\"B1\",\"level\":\"B1\",\"duoLevel\":\"B1\",\"estimatedB1Intensity\":1200,"
                + "\"literacyIndicator\":\"NVT\",\"mayFinishCurrentCourse\":false,\"municipalityCode\":\"GM0363\"}");
        produce(Topics.PIP_EVENTS, EventSources.PIP_SERVICE, new PlanEstablished(id, UUID.randomUUID(), 1, true,
                LocalDate.of(2026, 2, 1), Route.B1, LanguageLevel.B1, Set.of(), "GM0363"), Instant.now());

        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(status(id, "PIP")));
        List<JsonNode> posted = duoReceived("POST", "/personen/" + bsn + "/PIP");
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).path("status").asInt()).isEqualTo(201);
        assertThat(posted.get(0).path("requestBody").asText()).contains("\"leerroute\":\"B\"")
                .contains("\"dagtekeningPip\":\"2026-02-01\"").contains("\"niveau\":\"B1\"")
                .contains("\"geschatteIntensiteitB1Route\":1200").contains("\"indicatorAlfabetiseringsonderwijs\":\"NVT\"");
        assertThat(posted.get(0).path("headers").path("bron").asText()).isEqualTo("00000099000000000363");
        assertThat(Stub.violations()).isEmpty();
        // Asked for the BSN once, for this purpose; audited as an exchange with DUO.
        assertThat(services.calls("POST", "/v1/participants/" + id + "/bsn-disclosures")).hasSize(1)
                .allSatisfy(c -> assertThat(c.body()).contains("duo.pip.post"));
        assertThat(AuditTrail.of(id)).contains("duo.exchange SUCCESS", "duo.report.pip SUCCESS");
        assertThat(Db.number("select count(*) from task where payload like '%' || :bsn || '%' or outcome like '%' "
                + "|| :bsn || '%'", Map.of("bsn", bsn))).isZero();
    }

    @Test
    void aPutCarriesTheWholeCurrentState_andAWithdrawalRecordedLastWithdrawsItAtDuo_whateverTheArrivalOrder() {
        String bsn = "999990044";
        UUID id = participant(bsn, null);
        Instant t = Instant.now();
        // The withdrawal is recorded after the completion but arrives first: the completion must not win.
        produce(Topics.MAP_EVENTS, EventSources.MAP_SERVICE, new MapCompletionWithdrawn(id, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 3)), t.plusSeconds(10));
        produce(Topics.MAP_EVENTS, EventSources.MAP_SERVICE, new MapCompleted(id, LocalDate.of(2026, 5, 1), true), t);
        produce(Topics.PVT_EVENTS, EventSources.PVT_SERVICE, new PvtStatementSigned(id, LocalDate.of(2026, 4, 2),
                java.math.BigDecimal.valueOf(12), false), t);
        produce(Topics.PIP_EVENTS, EventSources.PIP_SERVICE, new ZRouteCompleted(id, LocalDate.of(2026, 6, 1)), t);

        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(status(id, "PVT"))
                && "DONE".equals(status(id, "ZROUTE")) && status(id, "MAP") != null && !status(id, "MAP").contains("PENDING")
                && !status(id, "MAP").contains("RUNNING"));
        List<JsonNode> maps = duoReceived("PUT", "/personen/" + bsn + "/map");
        assertThat(maps).as("one PUT: the later-recorded withdrawal kept, the older completion changed nothing")
                .hasSize(1);
        assertThat(maps.get(0).path("requestBody").asText()).isEqualTo("{}");
        assertThat(duoReceived("PUT", "/personen/" + bsn + "/pvt").get(0).path("requestBody").asText())
                .isEqualTo("{\"datumOndertekeningPvt\":\"2026-04-02\",\"verwijtbaar\":\"Nee\"}");
        assertThat(duoReceived("PUT", "/personen/" + bsn + "/zroute").get(0).path("requestBody").asText())
                .isEqualTo("{\"datumAfrondingZroute\":\"2026-06-01\"}");
        assertThat(Stub.violations()).isEmpty();
    }

    @Test
    void followedHoursReachDuosGevolgdeUrenAsTheCurrentTotalOfTheirKind() {
        String bsn = "999990079";
        UUID id = participant(bsn, null);
        Instant t = Instant.now();
        produce(Topics.PIP_EVENTS, EventSources.PIP_SERVICE, new ZRouteHoursRecorded(id, FollowedHoursKind.COURSE,
                new java.math.BigDecimal("100.75"), LocalDate.of(2026, 5, 1)), t);
        produce(Topics.PIP_EVENTS, EventSources.PIP_SERVICE, new ZRouteHoursRecorded(id, FollowedHoursKind.COURSE,
                new java.math.BigDecimal("125"), LocalDate.of(2026, 5, 3)), t.plusSeconds(5));
        produce(Topics.PIP_EVENTS, EventSources.PIP_SERVICE, new ZRouteHoursRecorded(id,
                FollowedHoursKind.INTAKE_LANGUAGE, new java.math.BigDecimal("40"), LocalDate.of(2026, 5, 3)), t);

        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE,DONE,DONE".equals(status(id, "UREN")));
        List<JsonNode> course = duoReceived("PUT", "/personen/" + bsn + "/uren/participatietaalles");
        assertThat(course).extracting(e -> e.path("requestBody").asText()).last().isEqualTo("{\"uren\":125}");
        assertThat(duoReceived("PUT", "/personen/" + bsn + "/uren/bredeintake/taallesknm"))
                .extracting(e -> e.path("requestBody").asText()).containsExactly("{\"uren\":40}");
        assertThat(Stub.violations()).isEmpty();
    }

    @Test
    void duoAwayIsRetriedWithBackoffUntilItAnswers() {
        String bsn = "999990056";
        UUID id = participant(bsn, null);
        Stub.failNext("PUT", "/personen/" + bsn + "/pvt", 503, 2);
        produce(Topics.PVT_EVENTS, EventSources.PVT_SERVICE, new PvtStatementSigned(id, LocalDate.of(2026, 4, 2),
                java.math.BigDecimal.valueOf(12), null), Instant.now());

        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(status(id, "PVT")));
        List<JsonNode> puts = duoReceived("PUT", "/personen/" + bsn + "/pvt");
        assertThat(puts).extracting(e -> e.path("status").asInt()).containsExactly(503, 503, 200);
        assertThat(Db.number("select attempts from task where participant_id = cast(:p as uuid) and kind = 'PVT'",
                Map.of("p", id.toString()))).isEqualTo(3);
        assertThat(AuditTrail.of(id)).contains("duo.report.pvt RETRY", "duo.report.pvt SUCCESS");
    }

    @Test
    void whatDuoRefusesIsDeadAtOnce_listedForOperators_andReplayedOnceFixed() {
        String bsn = "999990068";
        // A plan level DUO's NiveauPip does not have: DUO answers 400, which no retry mends.
        UUID id = participant(bsn, "{\"version\":1,\"dateOfIssue\":\"2026-02-01\",\"route\":\"B1\",\"duoLevel\":\"B2\"}");
        produce(Topics.PIP_EVENTS, EventSources.PIP_SERVICE, new PlanEstablished(id, UUID.randomUUID(), 1, true,
                LocalDate.of(2026, 2, 1), Route.B1, LanguageLevel.B1, Set.of(), "GM0363"), Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> "DEAD".equals(status(id, "PIP")));
        assertThat(Db.number("select attempts from task where participant_id = cast(:p as uuid)",
                Map.of("p", id.toString()))).isEqualTo(1);
        // A later report of the same participant waits behind it (DUO needs the PIP first).
        produce(Topics.PIP_EVENTS, EventSources.PIP_SERVICE, new ZRouteCompleted(id, LocalDate.of(2026, 6, 1)),
                Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> "PENDING".equals(status(id, "ZROUTE")));

        String operator = DevTokens.operator();
        String taskId = given().auth().oauth2(operator).when().get("/v1/operations/duo-tasks?status=DEAD&pageSize=100")
                .then().statusCode(200).body("items.participantId", hasItem(id.toString()))
                .extract().path("items.find { it.participantId == '" + id + "' }.id");
        given().auth().oauth2(DevTokens.duo()).when().post("/v1/operations/duo-tasks/" + taskId + "/replay")
                .then().statusCode(403);

        services.answer("GET", "/v1/participants/" + id + "/plans/1", 200,
                "{\"version\":1,\"dateOfIssue\":\"2026-02-01\",\"route\":\"B1\",\"duoLevel\":\"B1\"}");
        given().auth().oauth2(operator).when().post("/v1/operations/duo-tasks/" + taskId + "/replay")
                .then().statusCode(200).body("status", equalTo("PENDING"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(status(id, "PIP"))
                && "DONE".equals(status(id, "ZROUTE")));
        given().auth().oauth2(operator).when().post("/v1/operations/duo-tasks/" + taskId + "/replay")
                .then().statusCode(404);
        assertThat(AuditTrail.of(taskId)).contains("duo.task.replay SUCCESS", "duo.task.replay DENIED");
        assertThat(Stub.violations()).hasSize(1); // the refused B2, and nothing since
    }
}
