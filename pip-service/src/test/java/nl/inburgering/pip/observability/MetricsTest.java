package nl.inburgering.pip.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import nl.inburgering.pip.support.Events;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 3: what the Grafana dashboard (deploy/grafana) shows is on /q/metrics: the outbox backlog and its
 * age, events consumed and dead-lettered, the consumers' lag, and completions per route.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class MetricsTest {

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void theDashboardsMetricsAreExposed() {
        Api.register("GM0363", "FAMILY_OR_OTHER_MIGRANT");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(metrics())
                .contains("kit_outbox_pending")
                .contains("kit_outbox_oldest_age_seconds")
                .contains("inburgering_completions{route=\"B1\",service=\"pip\"}")
                .contains("inburgering_completions{route=\"SELF_SUFFICIENCY\",service=\"pip\"}")
                .contains("kafka_consumer_fetch_manager_records_lag")
                .contains("http_server_requests_seconds_count")
                .contains("service=\"pip\""));
    }

    /** Every metric the dashboard queries exists (a renamed metric would leave a panel silently empty). */
    @Test
    void everyMetricOfTheGrafanaDashboardIsExposed() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(Files.readString(Path.of("../deploy/grafana/wi2021-dashboard.json")));
        Set<String> queried = new TreeSet<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                Matcher m = METRIC.matcher(target.get("expr").asText());
                while (m.find()) {
                    queried.add(m.group());
                }
            }
        }
        assertThat(queried).contains("kit_outbox_pending", "kit_dead_letters_total", "inburgering_completions");
        java.util.UUID id = Api.register("GM0363", "ASYLUM_PERMIT_HOLDER");
        // kit_events_consumed_total appears at the first event consumed
        Events.awaitProcessed(new Events(bootstrap).produce(nl.inburgering.contracts.envelope.EventSources.EXAM_SERVICE,
                Events.passed(id, nl.inburgering.contracts.vocabulary.ExamComponent.KNM, null, "2026-05-08")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String exposed = metrics();
            // a counter appears at its first increment: kit_dead_letters_total only after a dead letter
            assertThat(queried.stream().filter(q -> !q.equals("kit_dead_letters_total"))
                    .filter(q -> !exposed.contains(q + "{") && !exposed.contains(q + " "))).as("queried, not exposed")
                    .isEmpty();
        });
    }

    static final Pattern METRIC = Pattern.compile("\\b(kit|inburgering|kafka|http)_[a-z_]+\\b");
}
