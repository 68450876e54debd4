package nl.inburgering.deadline.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.inburgering.contracts.events.IntegrationOutstandingChanged;
import nl.inburgering.contracts.events.ParticipantRegistered;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.vocabulary.CompletionRequirement;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.TestClock;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 11 item 5 against the real stack: each signal once, whatever the number of runs at the same time. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ReminderTest {

    static final String GM = "GM0363";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KnownParticipants participants;
    LocalDate today;

    @BeforeEach
    void setUp() {
        participants = new KnownParticipants(bootstrap);
        today = TestClock.realToday();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    UUID participantWithTermFrom(LocalDate start) {
        return Terms.participantWithTermFrom(participants, start);
    }

    /** Two runs at the same time, as two instances would run them. */
    static void twoRunsAtOnce() {
        CompletableFuture<Void> a = CompletableFuture.runAsync(ReminderTest::run);
        CompletableFuture<Void> b = CompletableFuture.runAsync(ReminderTest::run);
        a.join();
        b.join();
    }

    static void run() {
        given().auth().oauth2(DevTokens.operator()).post("/v1/operations/term-signals").then().statusCode(200);
    }

    /** The participant's term signals (and extensions) on deadline.events, once the outbox has relayed all. */
    List<JsonNode> signals(UUID id) {
        return Terms.events(participants, id).stream().filter(e -> e.get("type").asText()
                .startsWith("nl.inburgering.term.") && !e.get("type").asText().equals("nl.inburgering.term.started"))
                .toList();
    }

    @Test
    void theReminderGoesOutOnceTwoMonthsBeforeTheEndWhateverTheRuns_N18() {
        LocalDate start = today.minusYears(3).plusMonths(1); // ends in a month
        UUID id = participantWithTermFrom(start);
        // Two runs at once, then a third: one reminder.
        twoRunsAtOnce();
        run();
        List<JsonNode> sent = signals(id);
        assertThat(sent).extracting(e -> e.get("type").asText()).containsExactly("nl.inburgering.term.ending-soon");
        assertThat(sent.get(0).at("/data/endDateExclusive").asText()).isEqualTo(start.plusYears(3).toString());
    }

    @Test
    void aReminderAgainForTheEndAnExtensionMoved() {
        LocalDate start = today.minusYears(3).plusMonths(1);
        UUID id = participantWithTermFrom(start);
        run();
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"ground\":\"MARKING_DELAY\",\"extraTime\":\"P6M\",\"decidedOn\":\"" + today + "\"}")
                .post("/v1/participants/" + id + "/term/extensions").then().statusCode(201);
        run(); // the new end lies 7 months ahead: nothing due
        TestClock.advanceDays(160); // now within 2 months of the new end
        run();
        run();
        assertThat(signals(id)).extracting(e -> e.get("type").asText()).containsExactly(
                "nl.inburgering.term.ending-soon", "nl.inburgering.term.extended", "nl.inburgering.term.ending-soon");
    }

    @Test
    void theTermClosesOnceWhenTheCaseCloses() {
        UUID onTime = participantWithTermFrom(today.minusYears(1));
        participants.complete(onTime, today.minusDays(2));
        UUID ended = participantWithTermFrom(today.minusYears(1));
        participants.endObligation(ended, today.minusDays(5));
        UUID exempt = participantWithTermFrom(today.minusYears(1));
        participants.exemptFully(exempt, today.minusDays(1));
        UUID late = participantWithTermFrom(today.minusYears(3).minusMonths(1));
        participants.complete(late, today.minusDays(1));
        run();
        run();
        for (var expected : List.of(List.of(onTime, "COMPLETED_ON_TIME"), List.of(ended, "OBLIGATION_ENDED"),
                List.of(exempt, "EXEMPTED"), List.of(late, "COMPLETED_LATE"))) {
            List<JsonNode> sent = signals((UUID) expected.get(0));
            assertThat(sent).as("%s", expected).hasSize(1);
            assertThat(sent.get(0).get("type").asText()).isEqualTo("nl.inburgering.term.closed");
            assertThat(sent.get(0).at("/data/outcome").asText()).isEqualTo(expected.get(1));
        }
        assertThat(signals(onTime).get(0).at("/data/closedOn").asText()).isEqualTo(today.minusDays(2).toString());
    }

    /** A participant notified {@code weeksAgo} weeks ago (registered the same day), with an initial PIP or none. */
    UUID notifiedWeeksAgo(int weeksAgo, LocalDate initialPipDatedOn) {
        UUID id = UUID.randomUUID();
        LocalDate notified = today.minusWeeks(weeksAgo);
        if (initialPipDatedOn != null) {
            participants.produce(new PlanEstablished(id, UUID.randomUUID(), 1, true, initialPipDatedOn, Route.B1,
                    LanguageLevel.B1, Set.of(), GM));
        }
        participants.produce(new ParticipantRegistered(id, GM, TargetGroup.FAMILY_OR_OTHER_MIGRANT,
                LocalDate.of(1990, 4, 12), notified.minusDays(5), notified, notified, null));
        participants.awaitReplica(id, k -> k.registered() && (initialPipDatedOn == null || k.plan() != null));
        return id;
    }

    List<JsonNode> planDeadlineSignals(UUID id) {
        return Terms.data(participants, id, "plan-deadline.missed");
    }

    @Test
    void thePlanDeadlineMissedGoesOutOnceWhenNoInitialPipIsDatedWithinTenWeeks_N5() {
        UUID none = notifiedWeeksAgo(11, null);
        UUID inTime = notifiedWeeksAgo(11, today.minusWeeks(2));
        UUID late = notifiedWeeksAgo(14, today.minusWeeks(1));
        UUID notYet = notifiedWeeksAgo(9, null);
        twoRunsAtOnce();
        run();
        List<JsonNode> missed = planDeadlineSignals(none);
        assertThat(missed).hasSize(1);
        assertThat(missed.get(0).at("/notificationDate").asText()).isEqualTo(today.minusWeeks(11).toString());
        assertThat(missed.get(0).at("/deadline").asText()).isEqualTo(today.minusWeeks(1).toString());
        assertThat(planDeadlineSignals(late)).as("a PIP dated after the deadline is late").hasSize(1);
        assertThat(planDeadlineSignals(inTime)).isEmpty();
        assertThat(planDeadlineSignals(notYet)).isEmpty();
        TestClock.advanceDays(14); // now past notYet's deadline too
        run();
        assertThat(planDeadlineSignals(notYet)).hasSize(1);
        assertThat(planDeadlineSignals(none)).as("still once").hasSize(1);
    }

    void outstanding(UUID id, CompletionRequirement... open) {
        UUID eventId = UUID.randomUUID();
        participants.produceRaw(id, KnownParticipants.event(new IntegrationOutstandingChanged(id, Set.of(open), 1,
                today), eventId));
        KnownParticipants.awaitProcessed(eventId.toString(), "deadline-service.term");
    }

    @Test
    void anExpiredTermIsExceededOnceWithTheOutstandingRequirementsAndAnExtensionAfterExpiryReopensIt_E6() {
        LocalDate start = today.minusYears(3).minusDays(3); // ended 3 days ago
        UUID id = participantWithTermFrom(start);
        run(); // pip-service has not said what is open yet: nothing sent, nothing claimed
        assertThat(signals(id)).isEmpty();
        outstanding(id, CompletionRequirement.KNM, CompletionRequirement.PVT, CompletionRequirement.SPEAKING);
        outstanding(id, CompletionRequirement.KNM, CompletionRequirement.PVT); // the latest counts
        twoRunsAtOnce();
        run();
        List<JsonNode> sent = signals(id);
        assertThat(sent).extracting(e -> e.get("type").asText()).containsExactly("nl.inburgering.term.exceeded");
        assertThat(sent.get(0).at("/data/endDateExclusive").asText()).isEqualTo(start.plusYears(3).toString());
        assertThat(sent.get(0).at("/data/outstanding")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("KNM", "PVT");
        given().auth().oauth2(DevTokens.duo()).get("/v1/participants/" + id + "/term").then()
                .body("exceeded", equalTo(true));

        // E6: DUO extends after expiry; the term runs again and is no longer exceeded
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"ground\":\"MARKING_DELAY\",\"extraTime\":\"P6M\",\"decidedOn\":\"" + today + "\"}")
                .post("/v1/participants/" + id + "/term/extensions").then().statusCode(201)
                .body("reopened", equalTo(true));
        given().auth().oauth2(DevTokens.duo()).get("/v1/participants/" + id + "/term").then()
                .body("exceeded", equalTo(false));
        run();
        TestClock.advanceDays(130); // within 2 months of the new end
        run();
        TestClock.advanceDays(200); // past the new end (the shift counts from the real today)
        run();
        run();
        assertThat(signals(id)).extracting(e -> e.get("type").asText()).containsExactly(
                "nl.inburgering.term.exceeded", "nl.inburgering.term.extended", "nl.inburgering.term.ending-soon",
                "nl.inburgering.term.exceeded");
    }

    /**
     * Issue 14 item 7, clock jumps: runs skipped for months, then the clock jumping back a day and forward again, give
     * each signal once. The run judges by the day it runs on, never by how many runs it missed: the first run after
     * a gap of 70 days sends only what is due then (the term is exceeded; the reminder's window has passed, a late
     * "ending soon" would mislead), and no run after it, on any day, sends it again.
     */
    @Test
    void skippedDaysAndAClockThatJumpsBackGiveEachSignalOnce_issue14item7() {
        LocalDate start = today.minusYears(3).plusDays(40); // ends in 40 days
        UUID id = participantWithTermFrom(start);
        outstanding(id, CompletionRequirement.PVT);
        TestClock.advanceDays(70); // no run for 70 days: the end has passed
        run();
        TestClock.advanceDays(69); // the clock jumps back a day
        run();
        TestClock.advanceDays(71); // and forward again
        twoRunsAtOnce();
        assertThat(signals(id)).extracting(e -> e.get("type").asText())
                .containsExactly("nl.inburgering.term.exceeded");
    }

    @Test
    void onlyAnOperatorRunsIt() {
        given().auth().oauth2(DevTokens.duo()).post("/v1/operations/term-signals").then().statusCode(403);
        given().post("/v1/operations/term-signals").then().statusCode(401);
    }
}
