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
import nl.inburgering.contracts.events.PvtSigningWithdrawn;
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
 * Issue 10 item 4 over the real broker: {@code pvt.signing-withdrawn} makes the PVT requirement unmet again. Of
 * {@code pvt.statement-signed} and the withdrawal the one recorded last (CloudEvent {@code time}) wins, whatever
 * order they arrive in.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class PvtSigningWithdrawnTest {

    static final String GM = "GM0363";
    static final String SIGNED = "2026-06-20";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    Events events;

    final Instant t1 = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
    final Instant t2 = t1.plus(1, ChronoUnit.HOURS);
    final Instant t3 = t2.plus(1, ChronoUnit.HOURS);

    @BeforeEach
    void setUp() {
        events = new Events(bootstrap);
    }

    /** A B1-route participant with every exam passed and the MAP done: the PVT is all that is left. */
    UUID participantWithAllButThePvt() {
        UUID id = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        Api.establish(GM, id, Api.plan("2026-02-01", "B1"));
        String exam = EventSources.EXAM_SERVICE;
        awaitProcessed(
                events.produce(exam, passed(id, READING, B1, "2026-05-04")),
                events.produce(exam, passed(id, LISTENING, B1, "2026-05-05")),
                events.produce(exam, passed(id, WRITING, B1, "2026-05-06")),
                events.produce(exam, passed(id, SPEAKING, B1, "2026-05-07")),
                events.produce(exam, passed(id, KNM, null, "2026-05-08")));
        return id;
    }

    String signedAt(UUID id, String date, Instant at) {
        return events.produceAt(EventSources.PVT_SERVICE,
                new PvtStatementSigned(id, LocalDate.parse(date), new BigDecimal("12"), null), at);
    }

    String withdrawnAt(UUID id, String date, Instant at) {
        return events.produceAt(EventSources.PVT_SERVICE,
                new PvtSigningWithdrawn(id, LocalDate.parse(date), LocalDate.parse("2026-07-15")), at);
    }

    String mapDone(UUID id) {
        return events.produce(EventSources.MAP_SERVICE, new MapCompleted(id, LocalDate.parse("2026-06-01"), null));
    }

    List<ConsumerRecord<String, String>> completionsNow(UUID id) {
        Outbox.awaitDrained();
        return events.pipEventsOf(id).stream()
                .filter(r -> r.value().contains("\"" + EventType.INTEGRATION_COMPLETED.type() + "\"")).toList();
    }

    void pvtIs(UUID id, String state, String status) {
        Api.progress(DevTokens.officer(GM), id).statusCode(200).body("status", equalTo(status))
                .body("requirements.find { it.requirement == 'PVT' }.state", equalTo(state));
    }

    /** Signed, then withdrawn: the PVT is outstanding again, and without it the integration cannot complete. */
    @Test
    void aWithdrawnSigningIsOutstandingAgainAndCompletesNothing_issue10item4() {
        UUID id = participantWithAllButThePvt();
        awaitProcessed(signedAt(id, SIGNED, t1));
        pvtIs(id, "DONE", "PLAN_ESTABLISHED");

        awaitProcessed(withdrawnAt(id, SIGNED, t2));
        pvtIs(id, "OUTSTANDING", "PLAN_ESTABLISHED");

        awaitProcessed(mapDone(id)); // the last requirement but the PVT
        pvtIs(id, "OUTSTANDING", "PLAN_ESTABLISHED");
        assertThat(completionsNow(id)).as("no completion without the PVT").isEmpty();
    }

    /** The withdrawal arrives before the (older) signing it withdraws: still withdrawn. */
    @Test
    void aWithdrawalArrivingBeforeTheOlderSigningStillWithdrawsIt_issue10item4() {
        UUID id = participantWithAllButThePvt();
        awaitProcessed(mapDone(id));
        awaitProcessed(withdrawnAt(id, SIGNED, t2));
        awaitProcessed(signedAt(id, SIGNED, t1));
        pvtIs(id, "OUTSTANDING", "PLAN_ESTABLISHED");
        assertThat(completionsNow(id)).as("every other requirement is met: the old signing must not count").isEmpty();
    }

    /** A signing recorded after the withdrawal completes the PVT again, and with it the integration. */
    @Test
    void aNewerSigningAfterTheWithdrawalCompletesAgain_issue10item4() {
        UUID id = participantWithAllButThePvt();
        awaitProcessed(signedAt(id, SIGNED, t1));
        awaitProcessed(withdrawnAt(id, SIGNED, t2));
        awaitProcessed(mapDone(id));
        pvtIs(id, "OUTSTANDING", "PLAN_ESTABLISHED");
        assertThat(completionsNow(id)).isEmpty();

        awaitProcessed(signedAt(id, "2026-07-10", t3));
        Api.progress(DevTokens.officer(GM), id).statusCode(200).body("status", equalTo("COMPLETED"))
                .body("requirements.find { it.requirement == 'PVT' }.date", equalTo("2026-07-10"));
        List<ConsumerRecord<String, String>> completions = completionsNow(id);
        assertThat(completions).hasSize(1);
        assertThat(Events.json(completions.get(0).value()).get("data").get("completedOn").asText())
                .as("dated by the new signing, the last requirement met").isEqualTo("2026-07-10");
    }
}
