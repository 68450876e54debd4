package nl.inburgering.pip.messaging;

import static nl.inburgering.contracts.vocabulary.ExamComponent.KNM;
import static nl.inburgering.contracts.vocabulary.ExamComponent.LISTENING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.READING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.SPEAKING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.WRITING;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.A2;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B1;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B2;
import static nl.inburgering.pip.support.Events.awaitProcessed;
import static nl.inburgering.pip.support.Events.passed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.events.EventType;
import nl.inburgering.contracts.events.ExamResultRecorded;
import nl.inburgering.contracts.events.ExemptionGranted;
import nl.inburgering.contracts.events.MapCompleted;
import nl.inburgering.contracts.events.PvtStatementSigned;
import nl.inburgering.contracts.events.TermStarted;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.ExemptionGround;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.contracts.vocabulary.NoResultReason;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import nl.inburgering.pip.support.Events;
import nl.inburgering.pip.support.TestData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue item 5 over the real broker: other services' events are PRODUCED to exam.events, map.events, pvt.events
 * and deadline.events, pip-service's completion check consumes them, and integration.completed is READ from
 * pip.events. Each participant must complete exactly once, dated on the day its last requirement was met,
 * whatever the order, duplicates or late facts; and no BSN reaches an event, a key, a header or a log line.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class CompletionOverBrokerTest {

    static final String GM = "GM0363";
    static final String EXAM = EventSources.EXAM_SERVICE;
    static final String MAP = EventSources.MAP_SERVICE;
    static final String PVT = EventSources.PVT_SERVICE;
    static final String DEADLINE = EventSources.DEADLINE_SERVICE;
    static final Path LOG = Path.of("target/pip-service-test.log");
    static final Path ACCESS_LOG = Path.of("target/pip-service-test-access.log");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    Events events;

    @BeforeEach
    void setUp() {
        events = new Events(bootstrap);
    }

    static PvtStatementSigned signed(UUID id, String date) {
        return new PvtStatementSigned(id, LocalDate.parse(date), new BigDecimal("12"), null);
    }

    static MapCompleted map(UUID id, String date) {
        return new MapCompleted(id, LocalDate.parse(date), null);
    }

    /** The one integration.completed of the participant (fails on none, and on a second one). */
    JsonNode theOnlyCompletion(UUID id) {
        List<ConsumerRecord<String, String>> completed = events.awaitPipEvents(id, EventType.INTEGRATION_COMPLETED, 1);
        assertThat(completed).as("integration.completed for one participant").hasSize(1);
        return Events.json(completed.get(0).value()).get("data");
    }

    /**
     * The participant's integration.completed on the topic once the outbox relay has published everything appended
     * so far, so that "none" means none was appended, not "not relayed yet" (issue 7 item 7).
     */
    List<ConsumerRecord<String, String>> completionsNow(UUID id) {
        nl.inburgering.kit.testing.Outbox.awaitDrained();
        return events.pipEventsOf(id).stream()
                .filter(r -> r.value().contains("\"" + EventType.INTEGRATION_COMPLETED.type() + "\"")).toList();
    }

    /** The participant's integration.outstanding-changed on the topic, each as its sorted list of requirements. */
    List<List<String>> outstandingNow(UUID id) {
        nl.inburgering.kit.testing.Outbox.awaitDrained();
        return events.pipEventsOf(id).stream()
                .filter(r -> r.value().contains("\"" + EventType.INTEGRATION_OUTSTANDING_CHANGED.type() + "\""))
                .map(r -> {
                    List<String> open = new java.util.ArrayList<>();
                    Events.json(r.value()).at("/data/outstanding").forEach(n -> open.add(n.asText()));
                    return open.stream().sorted().toList();
                }).toList();
    }

    /**
     * Issue 11 item 5: term.exceeded names the requirements still open, which only this check knows, so pip-service
     * publishes them each time they change, and not again when a duplicate or a fact that changes nothing arrives.
     */
    @Test
    void theOpenRequirementsArePublishedWhenTheyChange_issue11_item5() {
        UUID id = Api.register(TestData.randomBsn(), GM, "ASYLUM_PERMIT_HOLDER");
        Api.establish(GM, id, Api.plan("2026-02-01", "B1"));
        String knm = events.produce(EXAM, passed(id, KNM, null, "2026-05-08"));
        awaitProcessed(knm);
        events.redeliver(knm);
        String failed = events.produce(EXAM, new ExamResultRecorded(id, UUID.randomUUID(), READING, B1,
                LocalDate.parse("2026-04-01"), ExamOutcome.FAILED, null, LocalDate.parse("2026-05-01"), 20));
        awaitProcessed(failed);
        awaitProcessed(knm);
        assertThat(outstandingNow(id)).containsExactly(
                List.of("KNM", "LISTENING", "MAP", "PVT", "READING", "SPEAKING", "WRITING"),
                List.of("LISTENING", "MAP", "PVT", "READING", "SPEAKING", "WRITING"));
    }

    @Test
    void aB1RouteParticipantCompletesOnceOnTheDayTheLastRequirementWasMet() throws IOException {
        String bsn = TestData.randomBsn();
        UUID id = Api.register(bsn, GM, "ASYLUM_PERMIT_HOLDER");
        Api.establish(GM, id, Api.plan("2026-02-01", "B1"));

        String knm = events.produce(EXAM, passed(id, KNM, null, "2026-05-08"));
        List<String> facts = List.of(
                events.produce(EXAM, passed(id, READING, B1, "2026-05-04")),
                events.produce(EXAM, new ExamResultRecorded(id, UUID.randomUUID(), LISTENING, B1,
                        LocalDate.parse("2026-04-01"), ExamOutcome.FAILED, null, LocalDate.parse("2026-05-01"), 20)),
                events.produce(EXAM, new ExamResultRecorded(id, UUID.randomUUID(), WRITING, B1,
                        LocalDate.parse("2026-04-02"), ExamOutcome.NO_RESULT, NoResultReason.ABSENT,
                        LocalDate.parse("2026-04-02"), null)),
                events.produce(EXAM, passed(id, LISTENING, B2, "2026-05-05")),   // B2 counts for B1
                events.produce(EXAM, passed(id, WRITING, B1, "2026-05-06")),
                events.produce(EXAM, passed(id, SPEAKING, A2, "2026-05-07")),    // A2 without permission: not
                events.produce(EXAM, passed(id, SPEAKING, B1, "2026-06-10")),
                events.produce(MAP, map(id, "2026-06-20")));
        events.redeliver(knm); // the same event again
        awaitProcessed(facts.toArray(String[]::new));
        awaitProcessed(knm);
        Api.progress(DevTokens.officer(GM), id).statusCode(200).body("status", equalTo("PLAN_ESTABLISHED"))
                .body("requirements.find { it.requirement == 'SPEAKING' }.date", equalTo("2026-06-10"))
                .body("requirements.find { it.requirement == 'LISTENING' }.state", equalTo("DONE"))
                .body("requirements.find { it.requirement == 'PVT' }.state", equalTo("OUTSTANDING"));
        assertThat(completionsNow(id)).as("not complete without the PVT").isEmpty();

        String pvt = events.produce(PVT, signed(id, "2026-07-01"));
        JsonNode completed = theOnlyCompletion(id);
        assertThat(completed.get("route").asText()).isEqualTo("B1");
        assertThat(completed.get("completedOn").asText()).isEqualTo("2026-07-01");
        assertThat(completed.get("planVersion").asInt()).isEqualTo(1);

        // After completion: a duplicate, a later exam and a corrected PVT date publish nothing more.
        String late = events.produce(EXAM, passed(id, READING, B2, "2026-08-01"));
        String corrected = events.produce(PVT, signed(id, "2026-06-30"));
        events.redeliver(pvt);
        awaitProcessed(late, corrected);
        Api.progress(DevTokens.participant(id), id).statusCode(200).body("status", equalTo("COMPLETED"))
                .body("completedOn", equalTo("2026-07-01")).body("completedPlanVersion", equalTo(1));
        assertThat(completionsNow(id)).hasSize(1);
        // A closed case takes no new PIP.
        Api.postPlan(GM, id, Api.plan("2026-09-01", "B1")).statusCode(409).body("rule", equalTo("§9"));

        assertTheBsnIsNowhere(bsn, id);
    }

    /**
     * Issue 15: the completion consumer takes a poll at a time in one transaction, its handlers sharing one session
     * that is flushed and cleared between events. Facts for several participants that arrive together each count
     * once, in fewer transactions than events, and each participant completes exactly once, on the day its last
     * requirement was met: as when the facts arrive one by one (the B1 test above).
     */
    @Test
    void factsThatArriveTogetherCountOnceAndCompleteEachParticipantOnce_issue15() {
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID id = Api.register(TestData.randomBsn(), GM, "ASYLUM_PERMIT_HOLDER");
            Api.establish(GM, id, Api.plan("2026-02-01", "B1"));
            ids.add(id);
        }
        List<ExamResultRecorded> exams = new java.util.ArrayList<>();
        for (UUID id : ids) {
            exams.add(passed(id, READING, B1, "2026-05-04"));
            exams.add(passed(id, LISTENING, B1, "2026-05-05"));
            exams.add(passed(id, WRITING, B1, "2026-05-06"));
            exams.add(passed(id, SPEAKING, B1, "2026-05-07"));
            exams.add(passed(id, KNM, null, "2026-05-08"));
        }
        List<String> results = events.produceTogether(EXAM, exams);
        awaitProcessed(results.toArray(String[]::new));
        String claimed = "from processed_event where consumer = 'pip-service.completion' "
                + "and event_id = any(string_to_array(:ids, ','))";
        java.util.Map<String, Object> params = java.util.Map.of("ids",
                String.join(",", results.stream().map(Events::id).toList()));
        assertThat(Db.number("select count(*) " + claimed, params)).isEqualTo(30);
        assertThat(Db.number("select count(distinct cast(xmin as text)) " + claimed,
                params)).as("transactions for 30 facts that arrived together").isLessThan(30);
        ids.forEach(id -> assertThat(completionsNow(id)).as("MAP and PVT are still open").isEmpty());

        List<String> rest = new java.util.ArrayList<>(
                events.produceTogether(MAP, ids.stream().map(id -> map(id, "2026-06-20")).toList()));
        rest.addAll(events.produceTogether(PVT, ids.stream().map(id -> signed(id, "2026-07-01")).toList()));
        awaitProcessed(rest.toArray(String[]::new));
        for (UUID id : ids) {
            assertThat(theOnlyCompletion(id).get("completedOn").asText()).isEqualTo("2026-07-01");
            assertThat(completionsNow(id)).hasSize(1);
            Api.progress(DevTokens.officer(GM), id).statusCode(200).body("status", equalTo("COMPLETED"));
        }
    }

    @Test
    void anOnderwijsrouteParticipantWhoseResultsCameBeforeThePipCompletesWhenThePipArrives() throws IOException {
        String bsn = TestData.randomBsn();
        UUID id = Api.register(bsn, GM, "FAMILY_OR_OTHER_MIGRANT");
        String pvt = events.produce(PVT, signed(id, "2026-04-10"));
        String[] results = {
                events.produce(EXAM, passed(id, READING, B1, "2026-03-10")),     // B1 does not meet a B2 plan
                events.produce(EXAM, passed(id, READING, B2, "2026-04-01")),
                events.produce(EXAM, passed(id, LISTENING, B2, "2026-04-02")),
                events.produce(EXAM, passed(id, WRITING, B2, "2026-04-03")),
                events.produce(EXAM, passed(id, SPEAKING, B2, "2026-04-04")),
                events.produce(EXAM, passed(id, KNM, null, "2026-04-05"))};
        awaitProcessed(results);
        awaitProcessed(pvt);
        Api.progress(DevTokens.officer(GM), id).statusCode(200).body("status", equalTo("REGISTERED"))
                .body("requirements.find { it.requirement == 'PVT' }.state", equalTo("DONE"));
        assertThat(completionsNow(id)).isEmpty();

        Api.establish(GM, id, Api.plan("2026-02-01", "EDUCATION", "B2"));
        JsonNode completed = theOnlyCompletion(id);
        assertThat(completed.get("route").asText()).isEqualTo("EDUCATION");
        assertThat(completed.get("completedOn").asText()).isEqualTo("2026-04-10");

        events.redeliver(pvt);
        for (String r : results) {
            events.redeliver(r);
        }
        String term = events.produce(DEADLINE, new TermStarted(id, LocalDate.parse("2026-02-02"),
                LocalDate.parse("2029-02-02")));
        awaitProcessed(term);
        Api.progress(DevTokens.participant(id), id).statusCode(200)
                .body("requirements.find { it.requirement == 'READING' }.date", equalTo("2026-04-01"))
                .body("requirements.find { it.requirement == 'MAP' }.state", equalTo("NOT_APPLICABLE"))
                // issue 8 item 13: the term deadline-service published is shown beside the requirements
                .body("term.startDate", equalTo("2026-02-02")).body("term.endDateExclusive", equalTo("2029-02-02"));
        assertThat(completionsNow(id)).hasSize(1);
        assertTheBsnIsNowhere(bsn, id);
    }

    @Test
    void aZRouteParticipantCompletesWithTheFinalInterviewAfterMapAndPvt() throws IOException {
        String bsn = TestData.randomBsn();
        UUID id = Api.register(bsn, GM, "ASYLUM_PERMIT_HOLDER");
        Api.establish(GM, id, Api.plan("2026-02-01", "SELF_SUFFICIENCY"));
        Api.postHours(GM, id, "COURSE", "2026-08-31", 800).statusCode(201);
        Api.postHours(GM, id, "PARTICIPATION", "2026-08-31", 800).statusCode(201);
        awaitProcessed(events.produce(MAP, map(id, "2026-09-01")), events.produce(PVT, signed(id, "2026-09-05")));
        assertThat(completionsNow(id)).isEmpty();

        Api.completeZRoute(GM, id, "2026-09-15").statusCode(201);
        JsonNode completed = theOnlyCompletion(id);
        assertThat(completed.get("route").asText()).isEqualTo("SELF_SUFFICIENCY");
        assertThat(completed.get("completedOn").asText()).isEqualTo("2026-09-15");
        Api.progress(DevTokens.officer(GM), id).statusCode(200).body("status", equalTo("COMPLETED"))
                .body("requirements.find { it.requirement == 'ZROUTE' }.state", equalTo("DONE"))
                .body("requirements.find { it.requirement == 'KNM' }.state", equalTo("NOT_APPLICABLE"));
        assertThat(events.awaitPipEvents(id, EventType.ZROUTE_COMPLETED, 1)).hasSize(1);
        assertTheBsnIsNowhere(bsn, id);
    }

    @Test
    void aRouteSwitchReEvaluatesCompletion() throws IOException {
        String bsn = TestData.randomBsn();
        UUID id = Api.register(bsn, GM, "ASYLUM_PERMIT_HOLDER");
        Api.establish(GM, id, Api.plan("2026-02-01", "B1"));
        awaitProcessed(
                events.produce(EXAM, passed(id, READING, B1, "2026-05-04")),
                events.produce(EXAM, passed(id, LISTENING, B1, "2026-05-05")),
                events.produce(EXAM, passed(id, WRITING, B1, "2026-05-06")),
                events.produce(EXAM, passed(id, SPEAKING, B1, "2026-05-07")),
                events.produce(EXAM, passed(id, KNM, null, "2026-05-08")),
                events.produce(PVT, signed(id, "2026-06-01")));
        Api.progress(DevTokens.officer(GM), id).statusCode(200).body("status", equalTo("PLAN_ESTABLISHED"))
                .body("requirements.find { it.requirement == 'MAP' }.state", equalTo("OUTSTANDING"));
        assertThat(completionsNow(id)).as("the B1-route needs the MAP").isEmpty();

        // Switch to the Onderwijsroute (no MAP), within 18 months: complete on the day of the switching PIP (E3).
        Api.postPlan(GM, id, Api.plan("2026-08-01", "EDUCATION")).statusCode(201).body("routeSwitch", equalTo(true));
        JsonNode completed = theOnlyCompletion(id);
        assertThat(completed.get("route").asText()).isEqualTo("EDUCATION");
        assertThat(completed.get("completedOn").asText()).isEqualTo("2026-08-01");
        assertThat(completed.get("planVersion").asInt()).isEqualTo(2);
        assertTheBsnIsNowhere(bsn, id);
    }

    @Test
    void aPartialExemptionRemovesAComponentAndAFullOneClosesTheCaseWithoutCompletion() {
        UUID partial = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        Api.establish(GM, partial, Api.plan("2026-02-01", "EDUCATION"));
        awaitProcessed(
                events.produce(EXAM, passed(partial, READING, B1, "2026-05-04")),
                events.produce(EXAM, passed(partial, LISTENING, B1, "2026-05-05")),
                events.produce(EXAM, passed(partial, WRITING, B1, "2026-05-06")),
                events.produce(EXAM, passed(partial, KNM, null, "2026-05-08")),
                events.produce(PVT, signed(partial, "2026-06-01")));
        assertThat(completionsNow(partial)).isEmpty();
        events.produce(DEADLINE, new ExemptionGranted(partial, ExemptionKind.ONTHEFFING, ExemptionGround.MED, ExemptionScope.PARTIAL,
                Set.of(ExamComponent.SPEAKING), LocalDate.parse("2026-06-15"), null));
        assertThat(theOnlyCompletion(partial).get("completedOn").asText()).isEqualTo("2026-06-15");
        Api.progress(DevTokens.officer(GM), partial).statusCode(200)
                .body("requirements.find { it.requirement == 'SPEAKING' }.state", equalTo("EXEMPTED"));

        UUID full = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        Api.establish(GM, full, Api.plan("2026-02-01", "B1"));
        awaitProcessed(events.produce(DEADLINE, new ExemptionGranted(full, ExemptionKind.VRIJSTELLING, ExemptionGround.DIP,
                ExemptionScope.FULL, Set.of(), LocalDate.parse("2026-03-01"), null)));
        Api.progress(DevTokens.officer(GM), full).statusCode(200).body("status", equalTo("EXEMPTED"))
                .body("closure.kind", equalTo("EXEMPTED"));
        awaitProcessed(events.produce(PVT, signed(full, "2026-06-01")));
        assertThat(completionsNow(full)).isEmpty();
    }

    /**
     * §1.2, E12 (issue 8 item 5): a GED vrijstelling for READING at A2 does not exempt READING on a B1-route without
     * afschalen; one at B1 does.
     */
    @Test
    void e12APartialVrijstellingAtA2DoesNotExemptAComponentRequiredAtB1() {
        UUID atA2 = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        Api.establish(GM, atA2, Api.plan("2026-02-01", "B1"));
        awaitProcessed(events.produce(DEADLINE, new ExemptionGranted(atA2, ExemptionKind.VRIJSTELLING,
                ExemptionGround.GED, ExemptionScope.PARTIAL, Set.of(READING), LocalDate.parse("2026-04-01"), null,
                A2, null)));
        Api.progress(DevTokens.officer(GM), atA2).statusCode(200)
                .body("requirements.find { it.requirement == 'READING' }.state", equalTo("OUTSTANDING"));

        UUID atB1 = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        Api.establish(GM, atB1, Api.plan("2026-02-01", "B1"));
        awaitProcessed(events.produce(DEADLINE, new ExemptionGranted(atB1, ExemptionKind.VRIJSTELLING,
                ExemptionGround.GED, ExemptionScope.PARTIAL, Set.of(READING), LocalDate.parse("2026-04-01"), null,
                B1, null)));
        Api.progress(DevTokens.officer(GM), atB1).statusCode(200)
                .body("requirements.find { it.requirement == 'READING' }.state", equalTo("EXEMPTED"));
    }

    /**
     * E12 (issue 8 item 6, DUO urenBelastbaarheidParticipatieactiviteit): an asylum permit holder on the Z-route
     * whose partial ontheffing caps participation at 0 hours completes with the 800 course hours alone.
     */
    @Test
    void e12AParticipationHoursCapOfZeroLetsTheZRouteCompleteOnCourseHours() {
        UUID id = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        Api.establish(GM, id, Api.plan("2026-02-01", "SELF_SUFFICIENCY"));
        Api.postHours(GM, id, "COURSE", "2026-06-30", 800).statusCode(201);
        awaitProcessed(events.produce(DEADLINE, new ExemptionGranted(id, ExemptionKind.ONTHEFFING, ExemptionGround.MED,
                ExemptionScope.PARTIAL, Set.of(SPEAKING), LocalDate.parse("2026-05-01"), null, null, 0)));
        io.restassured.RestAssured.given().auth().oauth2(DevTokens.officer(GM)).when()
                .get("/v1/participants/" + id + "/zroute").then().statusCode(200)
                .body("participationHoursRequired", equalTo(0)).body("hoursMet", equalTo(true));
        Api.completeZRoute(GM, id, "2026-07-01").statusCode(201);
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndTheConsumerGoesOn() {
        UUID id = Api.register(GM, "FAMILY_OR_OTHER_MIGRANT");
        Api.establish(GM, id, Api.plan("2026-02-01", "EDUCATION"));
        String marker = UUID.randomUUID().toString();
        events.topics().produce("pvt.events", id.toString(), "{\"not\":\"a cloud event\",\"marker\":\"" + marker + "\"}");
        ExamResultRecorded impossible = new ExamResultRecorded(id, UUID.randomUUID(), READING, B1,
                LocalDate.parse("2026-05-04"), ExamOutcome.PASSED, null, LocalDate.parse("2026-05-04"), null);
        String json = Events.cloudEvent(EXAM, impossible).replace("\"resultDate\":\"2026-05-04\"",
                "\"resultDate\":\"2026-05-01\"");
        events.topics().produce("exam.events", id.toString(), json);
        String eventId = Events.id(json);

        events.topics().await("pvt.events.dlq", r -> r.value().contains(marker), Duration.ofSeconds(60));
        events.topics().await("exam.events.dlq", r -> r.value().contains(eventId), Duration.ofSeconds(60));
        // The consumers go on: a good PVT event behind the poison one is processed.
        awaitProcessed(events.produce(PVT, signed(id, "2026-06-01")));
        Api.progress(DevTokens.officer(GM), id).statusCode(200)
                .body("requirements.find { it.requirement == 'PVT' }.state", equalTo("DONE"))
                .body("requirements.find { it.requirement == 'READING' }.state", equalTo("OUTSTANDING"));
    }

    @Test
    void aFactForAParticipantNotRegisteredYetIsKeptNotDropped() {
        UUID unknown = UUID.randomUUID();
        String pass = events.produce(EXAM, passed(unknown, KNM, null, "2026-05-08"));
        awaitProcessed(pass);
        assertThat(Db.number(
                "select count(*) from exam_pass where participant_id = :p", java.util.Map.of("p", unknown)))
                .isEqualTo(1);
        assertThat(completionsNow(unknown)).isEmpty();
    }

    /** DESIGN §1: the BSN is in no event, key or header on pip.events, and in no log line. */
    void assertTheBsnIsNowhere(String bsn, UUID id) throws IOException {
        List<ConsumerRecord<String, String>> all = events.topics().readAll("pip.events", r -> true);
        assertThat(all).as("pip.events carries this participant's events")
                .anyMatch(r -> id.toString().equals(r.key()));
        for (ConsumerRecord<String, String> r : all) {
            assertThat(r.value().contains(bsn)).as("the BSN in the event " + r.key() + "@" + r.offset()).isFalse();
            assertThat(r.key().contains(bsn)).as("the BSN in a key").isFalse();
            for (Header h : r.headers()) {
                assertThat(new String(h.value(), StandardCharsets.UTF_8).contains(bsn))
                        .as("the BSN in header " + h.key()).isFalse();
            }
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(LOG));
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(log).as("the test log file has the application's log").contains("pip-service");
        assertThat(log.lines().filter(line -> line.contains(bsn)).count()).as("log lines with the BSN").isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(ACCESS_LOG)
                && Files.readString(ACCESS_LOG).contains(id.toString()));
        assertThat(Files.readString(ACCESS_LOG, StandardCharsets.UTF_8).contains(bsn)).as("the BSN in a URI").isFalse();
    }
}
