package nl.inburgering.pip.messaging;

import static nl.inburgering.contracts.vocabulary.ExamComponent.KNM;
import static nl.inburgering.contracts.vocabulary.ExamComponent.LISTENING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.READING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.SPEAKING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.WRITING;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B1;
import static nl.inburgering.pip.support.Events.awaitProcessed;
import static nl.inburgering.pip.support.Events.passed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.events.EventType;
import nl.inburgering.contracts.events.MapCompleted;
import nl.inburgering.contracts.events.MapCompletionWithdrawn;
import nl.inburgering.contracts.events.PvtStatementSigned;
import nl.inburgering.kit.testing.Outbox;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import nl.inburgering.pip.support.Events;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 4 over the real broker: {@code map.completion-withdrawn} makes the MAP requirement unmet again. Of
 * {@code map.completed} and the withdrawal the one recorded last (CloudEvent {@code time}) wins, whatever order they
 * arrive in; a completion already published stands (nothing reverted, nothing published).
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class MapCompletionWithdrawnTest {

    static final String GM = "GM0363";
    static final String EXAM = EventSources.EXAM_SERVICE;
    static final String MAP = EventSources.MAP_SERVICE;
    static final String PVT = EventSources.PVT_SERVICE;
    static final String INTERVIEW = "2026-06-20";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    Events events;

    /** Three moments map-service recorded facts at, in this order. */
    final Instant t1 = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
    final Instant t2 = t1.plus(1, ChronoUnit.HOURS);
    final Instant t3 = t2.plus(1, ChronoUnit.HOURS);

    @BeforeEach
    void setUp() {
        events = new Events(bootstrap);
    }

    static MapCompleted completed(UUID id, String date) {
        return new MapCompleted(id, LocalDate.parse(date), null);
    }

    static MapCompletionWithdrawn withdrawn(UUID id, String date) {
        return new MapCompletionWithdrawn(id, LocalDate.parse(date), LocalDate.parse("2026-07-15"));
    }

    /** A B1-route participant with every exam passed (the MAP and the PVT still to come). */
    UUID participantWithEveryExamPassed() {
        UUID id = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        Api.establish(GM, id, Api.plan("2026-02-01", "B1"));
        awaitProcessed(
                events.produce(EXAM, passed(id, READING, B1, "2026-05-04")),
                events.produce(EXAM, passed(id, LISTENING, B1, "2026-05-05")),
                events.produce(EXAM, passed(id, WRITING, B1, "2026-05-06")),
                events.produce(EXAM, passed(id, SPEAKING, B1, "2026-05-07")),
                events.produce(EXAM, passed(id, KNM, null, "2026-05-08")));
        return id;
    }

    String signed(UUID id, String date) {
        return events.produce(PVT, new PvtStatementSigned(id, LocalDate.parse(date), new BigDecimal("12"), null));
    }

    /** The participant's records on pip.events once the outbox has relayed everything appended so far. */
    List<ConsumerRecord<String, String>> pipEventsNow(UUID id) {
        Outbox.awaitDrained();
        return events.pipEventsOf(id);
    }

    List<ConsumerRecord<String, String>> completionsNow(UUID id) {
        return pipEventsNow(id).stream()
                .filter(r -> r.value().contains("\"" + EventType.INTEGRATION_COMPLETED.type() + "\"")).toList();
    }

    void mapIs(UUID id, String state, String status) {
        Api.progress(DevTokens.officer(GM), id).statusCode(200).body("status", equalTo(status))
                .body("requirements.find { it.requirement == 'MAP' }.state", equalTo(state));
    }

    /** (a) Completed, then withdrawn: the MAP is outstanding again, and without it the integration cannot complete. */
    @Test
    void aWithdrawnMapIsOutstandingAgainAndCompletesNothing_issue9item4() {
        UUID id = participantWithEveryExamPassed();
        awaitProcessed(events.produceAt(MAP, completed(id, INTERVIEW), t1));
        mapIs(id, "DONE", "PLAN_ESTABLISHED");

        awaitProcessed(events.produceAt(MAP, withdrawn(id, INTERVIEW), t2));
        mapIs(id, "OUTSTANDING", "PLAN_ESTABLISHED");
        Api.progress(DevTokens.participant(id), id).statusCode(200)
                .body("requirements.find { it.requirement == 'MAP' }.date", equalTo(null));

        awaitProcessed(signed(id, "2026-07-01")); // the last requirement but the MAP
        mapIs(id, "OUTSTANDING", "PLAN_ESTABLISHED");
        assertThat(completionsNow(id)).as("no completion without the MAP").isEmpty();
    }

    /** (b) The withdrawal arrives before the map.completed it withdraws (recorded earlier): still withdrawn. */
    @Test
    void aWithdrawalArrivingBeforeTheOlderCompletionStillWithdrawsIt_issue9item4() {
        UUID id = participantWithEveryExamPassed();
        awaitProcessed(signed(id, "2026-07-01"));
        awaitProcessed(events.produceAt(MAP, withdrawn(id, INTERVIEW), t2));
        mapIs(id, "OUTSTANDING", "PLAN_ESTABLISHED");

        String late = events.produceAt(MAP, completed(id, INTERVIEW), t1); // recorded before the withdrawal
        awaitProcessed(late);
        mapIs(id, "OUTSTANDING", "PLAN_ESTABLISHED");
        assertThat(completionsNow(id)).as("every other requirement is met: the old completion must not count")
                .isEmpty();
    }

    /**
     * (c) "Once completed, it stands": a withdrawal after integration.completed changes no status and publishes
     * nothing; the progress shows the MAP outstanding beside the completion that stands.
     */
    @Test
    void aWithdrawalAfterCompletionChangesNoStatusAndPublishesNothing_issue9item4() {
        UUID id = participantWithEveryExamPassed();
        awaitProcessed(events.produceAt(MAP, completed(id, INTERVIEW), t1), signed(id, "2026-07-01"));
        JsonNode completion = Events.json(events.awaitPipEvents(id, EventType.INTEGRATION_COMPLETED, 1).get(0)
                .value()).get("data");
        assertThat(completion.get("completedOn").asText()).isEqualTo("2026-07-01");
        int published = pipEventsNow(id).size();

        awaitProcessed(events.produceAt(MAP, withdrawn(id, INTERVIEW), t2));
        Api.progress(DevTokens.officer(GM), id).statusCode(200).body("status", equalTo("COMPLETED"))
                .body("completedOn", equalTo("2026-07-01")).body("completedPlanVersion", equalTo(1))
                .body("requirements.find { it.requirement == 'MAP' }.state", equalTo("OUTSTANDING"));
        Api.progress(DevTokens.duo(), id).statusCode(200).body("status", equalTo("COMPLETED"));
        assertThat(pipEventsNow(id)).as("nothing new on pip.events").hasSize(published);
        assertThat(completionsNow(id)).hasSize(1);
    }

    /** (d) A map.completed recorded after the withdrawal completes the MAP again, and with it the integration. */
    @Test
    void aNewerCompletionAfterTheWithdrawalCompletesTheMapAgain_issue9item4() {
        UUID id = participantWithEveryExamPassed();
        awaitProcessed(events.produceAt(MAP, completed(id, INTERVIEW), t1));
        awaitProcessed(events.produceAt(MAP, withdrawn(id, INTERVIEW), t2));
        awaitProcessed(signed(id, "2026-07-01"));
        mapIs(id, "OUTSTANDING", "PLAN_ESTABLISHED");
        assertThat(completionsNow(id)).isEmpty();

        awaitProcessed(events.produceAt(MAP, completed(id, "2026-07-10"), t3));
        Api.progress(DevTokens.officer(GM), id).statusCode(200).body("status", equalTo("COMPLETED"))
                .body("requirements.find { it.requirement == 'MAP' }.date", equalTo("2026-07-10"));
        List<ConsumerRecord<String, String>> completions = completionsNow(id);
        assertThat(completions).hasSize(1);
        assertThat(Events.json(completions.get(0).value()).get("data").get("completedOn").asText())
                .as("dated by the new final interview, the last requirement met").isEqualTo("2026-07-10");
    }
}
