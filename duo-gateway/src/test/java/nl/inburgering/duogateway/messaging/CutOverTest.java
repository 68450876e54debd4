package nl.inburgering.duogateway.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.events.Topics;
import nl.inburgering.contracts.events.ZRouteCompleted;
import nl.inburgering.duogateway.support.GatewayTestResource;
import nl.inburgering.duogateway.support.OurServicesFake;
import nl.inburgering.duogateway.support.Stub;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.localstack.testing.TopicReader;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 review #2, the first deployment: the consumers read the topics from their beginning (nothing skipped, ever),
 * and only events from the cut-over on are reported to DUO; older ones are kept DISCARDED, and one operator command
 * (a bulk replay of DISCARDED reports) is the backfill.
 */
@QuarkusTest
@TestProfile(CutOverTest.CutOver.class)
@QuarkusTestResource(LocalStackResource.class)
@QuarkusTestResource(GatewayTestResource.class)
class CutOverTest {

    static final Instant CUT_OVER = Instant.parse("2026-01-01T00:00:00Z");

    public static class CutOver implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("duo-gateway.report.cut-over", CUT_OVER.toString());
        }
    }

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

    static String status(UUID participant) {
        return Db.text("select max(status) from task where participant_id = cast(:p as uuid) and kind = 'ZROUTE'",
                Map.of("p", participant.toString()));
    }

    @Test
    void anEventFromBeforeTheCutOverIsNotReported_butKeptForABackfill_oneFromAfterIs() {
        Stub.reset();
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        for (UUID id : new UUID[] {before, after}) {
            services.answer("POST", "/v1/participants/" + id + "/bsn-disclosures", 200, "{\"bsn\":\""
                    + (id == before ? "999990354" : "999990366") + "\"}");
        }
        topics.produce(Topics.PIP_EVENTS, before.toString(), CloudEvents.toJson(CloudEvents.wrap(
                EventSources.PIP_SERVICE, new ZRouteCompleted(before, LocalDate.of(2025, 11, 1)), UUID.randomUUID(),
                CUT_OVER.minus(Duration.ofDays(30)))));
        topics.produce(Topics.PIP_EVENTS, after.toString(), CloudEvents.toJson(CloudEvents.wrap(
                EventSources.PIP_SERVICE, new ZRouteCompleted(after, LocalDate.of(2026, 2, 1)), UUID.randomUUID(),
                CUT_OVER.plus(Duration.ofDays(30)))));
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(status(after)) && status(before) != null);
        assertThat(status(before)).isEqualTo("DISCARDED");
        assertThat(Db.text("select outcome from task where participant_id = cast(:p as uuid)",
                Map.of("p", before.toString()))).contains("before the cut-over");
        assertThat(ReportTest.duoReceived("PUT", "/personen/999990354/zroute")).isEmpty();
        assertThat(ReportTest.duoReceived("PUT", "/personen/999990366/zroute")).hasSize(1);

        // The backfill: every DISCARDED Z-route report sent after all, in order.
        given().auth().oauth2(DevTokens.operator()).when()
                .post("/v1/operations/duo-tasks/replay?status=DISCARDED&direction=OUT&kind=ZROUTE")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(status(before)));
        assertThat(ReportTest.duoReceived("PUT", "/personen/999990354/zroute")).extracting(e -> e.path("requestBody")
                .asText()).containsExactly("{\"datumAfrondingZroute\":\"2025-11-01\"}");
    }
}
