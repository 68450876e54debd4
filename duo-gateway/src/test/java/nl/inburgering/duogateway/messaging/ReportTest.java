package nl.inburgering.duogateway.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
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
        // The waits grow: 200 ms after the first failure, 400 ms after the second (the test profile's backoff).
        List<Instant> at = puts.stream().map(e -> java.time.OffsetDateTime.parse(e.path("at").asText()).toInstant())
                .toList();
        assertThat(Duration.between(at.get(0), at.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(Duration.between(at.get(1), at.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(400));
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
        // The exchange as it stands right after the replay: PENDING, or already picked up by a worker.
        given().auth().oauth2(operator).when().post("/v1/operations/duo-tasks/" + taskId + "/replay")
                .then().statusCode(200).body("status", oneOf("PENDING", "RUNNING", "DONE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(status(id, "PIP"))
                && "DONE".equals(status(id, "ZROUTE")));
        given().auth().oauth2(operator).when().post("/v1/operations/duo-tasks/" + taskId + "/replay")
                .then().statusCode(404);
        assertThat(AuditTrail.of(taskId)).contains("duo.task.replay SUCCESS", "duo.task.replay DENIED");
        assertThat(Stub.violations()).hasSize(1); // the refused B2, and nothing since
    }

    @Test
    void review1_duoAwayLongerThanTheRetryWindowEndsDead_neverAfterAFewAttempts_andABulkReplaySendsItOnceBack() {
        String bsn = "999990161";
        UUID id = participant(bsn, null);
        // DUO in maintenance (its documented 503) for longer than the test profile's 8 s window.
        Stub.failNext("PUT", "/personen/" + bsn + "/zroute", 503, 1000);
        produce(Topics.PIP_EVENTS, EventSources.PIP_SERVICE, new ZRouteCompleted(id, LocalDate.of(2026, 6, 1)),
                Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> status(id, "ZROUTE") != null);
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(5)).until(() -> !"DEAD".equals(status(id,
                "ZROUTE")));
        await().atMost(Duration.ofSeconds(20)).until(() -> "DEAD".equals(status(id, "ZROUTE")));
        long attempts = Db.number("select attempts from task where participant_id = cast(:p as uuid) and kind = "
                + "'ZROUTE'", Map.of("p", id.toString()));
        assertThat(attempts).as("more than the old 3 attempts, fewer than without backoff").isBetween(5L, 16L);
        assertThat(Db.text("select outcome from task where participant_id = cast(:p as uuid) and kind = 'ZROUTE'",
                Map.of("p", id.toString()))).contains("503");

        Stub.reset();
        given().auth().oauth2(DevTokens.operator()).when().post("/v1/operations/duo-tasks/replay?kind=ZROUTE")
                .then().statusCode(200).body("replayed", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(status(id, "ZROUTE")));
        assertThat(duoReceived("PUT", "/personen/" + bsn + "/zroute")).extracting(e -> e.path("status").asInt())
                .containsExactly(200);
        assertThat(Db.number("select count(*) from audit_record where action = 'duo.tasks.replay' and result = "
                + "'SUCCESS' and reason like 'DEAD%ZROUTE'", Map.of())).isPositive();
    }

    @Test
    void review2_aReportWaitsOnlyForTheInitialPipItNeeds_andAnOperatorsDiscardLetsItGo() {
        String bsn = "999990173";
        // DUO refuses the PIP (a level it does not have): DEAD. The PVT needs a PIP at DUO: it waits, unattempted.
        UUID id = participant(bsn, "{\"version\":1,\"dateOfIssue\":\"2026-02-01\",\"route\":\"B1\",\"duoLevel\":\"B2\"}");
        produce(Topics.PIP_EVENTS, EventSources.PIP_SERVICE, new PlanEstablished(id, UUID.randomUUID(), 1, true,
                LocalDate.of(2026, 2, 1), Route.B1, LanguageLevel.B1, Set.of(), "GM0363"), Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> "DEAD".equals(status(id, "PIP")));
        produce(Topics.PVT_EVENTS, EventSources.PVT_SERVICE, new PvtStatementSigned(id, LocalDate.of(2026, 4, 2),
                java.math.BigDecimal.valueOf(12), null), Instant.now());
        // queued first (consuming may take a while on a loaded machine), then held: still PENDING 2 s later
        await().atMost(Duration.ofSeconds(20)).until(() -> status(id, "PVT") != null);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> "PENDING".equals(status(id, "PVT")));
        assertThat(Db.number("select attempts from task where participant_id = cast(:p as uuid) and kind = 'PVT'",
                Map.of("p", id.toString()))).isZero();

        // The PIP was registered at DUO by hand: the operator discards ours, with a reason (which quotes the BSN).
        String taskId = Db.text("select cast(id as text) from task where participant_id = cast(:p as uuid) and kind = "
                + "'PIP'", Map.of("p", id.toString()));
        given().auth().oauth2(DevTokens.operator()).contentType("application/json")
                .body("{\"reason\":\"registered by hand in DUO's portal for " + bsn + "\"}")
                .when().post("/v1/operations/duo-tasks/" + taskId + "/discard")
                .then().statusCode(200).body("status", equalTo("DISCARDED"))
                .body("outcome", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(bsn)));
        given().auth().oauth2(DevTokens.operator()).contentType("application/json").body("{\"reason\":\" \"}")
                .when().post("/v1/operations/duo-tasks/" + taskId + "/discard").then().statusCode(400);
        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(status(id, "PVT")));
        assertThat(AuditTrail.reasons("duo.task.discard", taskId)).singleElement().asString()
                .contains("registered by hand").doesNotContain(bsn);
    }

    @Test
    void review2_aDeadReportBlocksNoOtherReportOfItsParticipant_review6_andDuosFouttekstNeverKeepsTheBsn()
            throws Exception {
        String bsn = "999990185";
        UUID id = participant(bsn, "{\"version\":1,\"dateOfIssue\":\"2026-02-01\",\"route\":\"B1\",\"duoLevel\":\"B1\"}");
        produce(Topics.PIP_EVENTS, EventSources.PIP_SERVICE, new PlanEstablished(id, UUID.randomUUID(), 1, true,
                LocalDate.of(2026, 2, 1), Route.B1, LanguageLevel.B1, Set.of(), "GM0363"), Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(status(id, "PIP")));
        // DUO refuses the MAP with a Foutmelding that quotes the BSN (free text).
        Stub.call("PUT", "/_stub/responses", "{\"method\":\"PUT\",\"path\":\"/personen/" + bsn + "/map\",\"status\":403,"
                + "\"body\":[{\"fouttekst\":\"Datum eindgesprek MAP voor " + bsn + " ligt voor de inburgeringstermijn\"}]}");
        produce(Topics.MAP_EVENTS, EventSources.MAP_SERVICE, new MapCompleted(id, LocalDate.of(2026, 5, 1), false),
                Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> "DEAD".equals(status(id, "MAP")));
        produce(Topics.PVT_EVENTS, EventSources.PVT_SERVICE, new PvtStatementSigned(id, LocalDate.of(2026, 4, 2),
                java.math.BigDecimal.valueOf(12), null), Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(status(id, "PVT")));

        Map<String, Object> p = Map.of("p", id.toString());
        assertThat(Db.text("select outcome from task where participant_id = cast(:p as uuid) and kind = 'MAP'", p))
                .contains("403").contains("ligt voor de inburgeringstermijn").doesNotContain(bsn);
        assertThat(Db.number("select count(*) from audit_record where reason like '%' || :bsn || '%'", Map.of("bsn", bsn)))
                .isZero();
        assertThat(given().auth().oauth2(DevTokens.operator()).when()
                .get("/v1/operations/duo-tasks?status=DEAD&pageSize=100").then().statusCode(200).extract().asString())
                .contains("ligt voor de inburgeringstermijn").doesNotContain(bsn);
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("target/duo-gateway-test.log")))
                .doesNotContain(bsn);
    }

    @Test
    void review3_aPipWhoseAnswerWasLostIsNotRegisteredTwice_duoIsAskedFirst() {
        String bsn = "999990197";
        UUID id = participant(bsn, "{\"version\":1,\"dateOfIssue\":\"2026-02-01\",\"route\":\"B1\",\"duoLevel\":\"B1\"}");
        // DUO registers the PIP, and its answer is lost on the way (a gateway timeout): the attempt failed for us.
        Stub.call("POST", "/_stub/failures", "{\"method\":\"POST\",\"pathPattern\":\"/personen/" + bsn + "/PIP\","
                + "\"status\":504,\"times\":1,\"afterApplying\":true}");
        produce(Topics.PIP_EVENTS, EventSources.PIP_SERVICE, new PlanEstablished(id, UUID.randomUUID(), 1, true,
                LocalDate.of(2026, 2, 1), Route.B1, LanguageLevel.B1, Set.of(), "GM0363"), Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(status(id, "PIP")));
        assertThat(duoReceived("POST", "/personen/" + bsn + "/PIP")).as("one registration at DUO").hasSize(1);
        assertThat(Db.text("select outcome from task where participant_id = cast(:p as uuid) and kind = 'PIP'",
                Map.of("p", id.toString()))).contains("already");
    }

    @Test
    void review10_aFailedAuditWriteAfterDuoAnsweredDoesNotSendTheReportAgain() {
        String bsn = "999990203";
        UUID id = participant(bsn, null);
        // A real fault: the database refuses the audit record of DUO's exchanges (and only those).
        Db.execute("create or replace function refuse_duo_exchange_audit() returns trigger language plpgsql as $$ "
                + "begin raise exception 'audit store failing'; end $$");
        Db.execute("create trigger refuse_duo_exchange_audit before insert on audit_record for each row when "
                + "(new.action = 'duo.exchange') execute function refuse_duo_exchange_audit()");
        try {
            produce(Topics.MAP_EVENTS, EventSources.MAP_SERVICE, new MapCompleted(id, LocalDate.of(2026, 5, 1), null),
                    Instant.now());
            await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(status(id, "MAP")));
        } finally {
            Db.execute("drop trigger refuse_duo_exchange_audit on audit_record");
        }
        assertThat(duoReceived("PUT", "/personen/" + bsn + "/map")).hasSize(1);
        assertThat(Db.number("select attempts from task where participant_id = cast(:p as uuid) and kind = 'MAP'",
                Map.of("p", id.toString()))).isEqualTo(1);
    }

    @Test
    void review7_anExpiredTokenIsRenewed_notAReasonToGiveUp() {
        String bsn = "999990215";
        UUID id = participant(bsn, null);
        int issued = services.tokensIssued().size();
        // pip-service no longer accepts the token the gateway holds (it expired or was revoked).
        services.answerTimes("POST", "/v1/participants/" + id + "/bsn-disclosures", 401, "{\"status\":401}", 1);
        produce(Topics.PVT_EVENTS, EventSources.PVT_SERVICE, new PvtStatementSigned(id, LocalDate.of(2026, 4, 2),
                java.math.BigDecimal.valueOf(12), null), Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(status(id, "PVT")));
        var disclosures = services.calls("POST", "/v1/participants/" + id + "/bsn-disclosures");
        assertThat(disclosures).hasSize(2);
        assertThat(disclosures.get(1).header("Authorization")).as("a new token, from the identity provider")
                .isNotEqualTo(disclosures.get(0).header("Authorization"));
        assertThat(services.tokensIssued().size()).isGreaterThan(issued);
        assertThat(services.tokensIssued()).contains(disclosures.get(1).header("Authorization").substring(7));
        assertThat(Db.number("select attempts from task where participant_id = cast(:p as uuid) and kind = 'PVT'",
                Map.of("p", id.toString()))).isEqualTo(1);
    }
}
