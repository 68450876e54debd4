package nl.inburgering.exam.messaging;

import static nl.inburgering.exam.support.ExamApi.REGISTRATIONS;
import static nl.inburgering.exam.support.ExamApi.as;
import static nl.inburgering.exam.support.ExamApi.cancel;
import static nl.inburgering.exam.support.ExamApi.recordResult;
import static nl.inburgering.exam.support.ExamApi.register;
import static nl.inburgering.exam.support.ExamApi.registerOwn;
import static nl.inburgering.exam.support.ExamApi.registration;
import static nl.inburgering.exam.support.ExamApi.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.events.ExamRegistered;
import nl.inburgering.contracts.events.ExamResultRecorded;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.NoResultReason;
import nl.inburgering.contracts.vocabulary.Payer;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.Outbox;
import nl.inburgering.kit.testing.TestClock;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.localstack.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * exam-service's events on the real broker (read back from exam.events), and the payer decided from
 * pip.events that arrive twice and out of order.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ExamEventsTest {

    static final String EXAM_EVENTS = "exam.events";
    static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    final ObjectMapper json = new ObjectMapper();
    KnownParticipants participants;
    TopicReader topics;
    LocalDate today;

    @BeforeEach
    void setUp() {
        participants = new KnownParticipants(bootstrap);
        topics = new TopicReader(bootstrap);
        today = TestClock.realToday();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /**
     * The participant's events on exam.events, once at least {@code count} are there. The outbox is drained first,
     * so that every event committed so far is on the topic: one too many shows.
     */
    List<JsonNode> eventsOf(UUID participant, int count) {
        Outbox.awaitDrained();
        return topics.awaitCount(EXAM_EVENTS, r -> participant.toString().equals(r.key()), count, WAIT).stream()
                .map(this::parse).toList();
    }

    JsonNode parse(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void examRegisteredCarriesAttemptPayerAndFee() throws Exception {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registration = registerOwn(id, "READING", "B1", today.plusDays(10));

        ConsumerRecord<String, String> record = topics.await(EXAM_EVENTS,
                r -> r.value().contains(registration), WAIT);
        assertThat(record.key()).isEqualTo(id.toString());
        JsonNode event = json.readTree(record.value());
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("type").asText()).isEqualTo("nl.inburgering.exam.registered");
        assertThat(event.get("source").asText()).isEqualTo("urn:nld:inburgering:exam-service");
        assertThat(event.get("subject").asText()).isEqualTo(id.toString());
        ExamRegistered data = CloudEvents.payload(CloudEvents.parse(record.value()), ExamRegistered.class);
        assertThat(data).isEqualTo(new ExamRegistered(id, UUID.fromString(registration), ExamComponent.READING,
                LanguageLevel.B1, today.plusDays(10), 1, Payer.MUNICIPALITY, 5000));
    }

    @Test
    void aParticipantsEventsArePublishedInTheOrderTheyHappened() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String token = DevTokens.participant(id);
        String inTime = registerOwn(id, "KNM", null, today.plusDays(10));
        cancel(token, inTime).statusCode(201);
        String late = registerOwn(id, "KNM", null, today.plusDays(2));
        cancel(token, late).statusCode(201);
        // A late move: the old registration cancelled (attempt used up), then a new one registered.
        String moved = registerOwn(id, "LISTENING", "A2", today.plusDays(3));
        as(token).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"examDate\":\"" + today.plusDays(40) + "\"}")
                .when().patch(REGISTRATIONS + "/" + moved).then().statusCode(201);

        List<JsonNode> events = eventsOf(id, 7);
        assertThat(events).hasSize(7);
        assertThat(events.stream().map(e -> e.get("type").asText().replace("nl.inburgering.", "")))
                .containsExactly("exam.registered", "exam.cancelled", "exam.registered", "exam.cancelled",
                        "exam.registered", "exam.cancelled", "exam.registered");
        assertThat(events.get(1).at("/data/registrationId").asText()).isEqualTo(inTime);
        assertThat(events.get(1).at("/data/attemptConsumed").asBoolean()).isFalse();
        assertThat(events.get(1).at("/data/cancelledOn").asText()).isEqualTo(today.toString());
        assertThat(events.get(3).at("/data/registrationId").asText()).isEqualTo(late);
        assertThat(events.get(3).at("/data/attemptConsumed").asBoolean()).isTrue();
        assertThat(events.get(2).at("/data/attemptNumber").asInt()).isEqualTo(1);
        assertThat(events.get(5).at("/data/registrationId").asText()).isEqualTo(moved);
        assertThat(events.get(5).at("/data/attemptConsumed").asBoolean()).isTrue();
        assertThat(events.get(6).at("/data/attemptNumber").asInt()).isEqualTo(2);
        assertThat(events.get(6).at("/data/examDate").asText()).isEqualTo(today.plusDays(40).toString());
        // A2 below the B1 plan: the participant pays.
        assertThat(events.get(6).at("/data/payer").asText()).isEqualTo("PARTICIPANT");
    }

    @Test
    void examResultRecordedIsReadBackFromTheTopicOnceForARepeatedResult() throws Exception {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registration = registerOwn(id, "SPEAKING", "B1", today.plusDays(4));
        TestClock.advanceDays(5);
        String body = result("NO_RESULT", "NOT_CULPABLE", null, today.plusDays(5));
        recordResult(registration, body).statusCode(201);
        recordResult(registration, body).statusCode(200);

        // The second answer must not have published again: wait until everything committed has been sent.
        Outbox.awaitDrained();
        assertThat(Outbox.appended("nl.inburgering.exam.result-recorded", id)).isEqualTo(1);
        List<ConsumerRecord<String, String>> results = topics.awaitCount(EXAM_EVENTS,
                r -> r.value().contains("exam.result-recorded") && r.value().contains(registration), 1, WAIT);
        assertThat(results).hasSize(1);
        JsonNode event = json.readTree(results.get(0).value());
        assertThat(event.get("type").asText()).isEqualTo("nl.inburgering.exam.result-recorded");
        assertThat(event.get("subject").asText()).isEqualTo(id.toString());
        ExamResultRecorded data = CloudEvents.payload(CloudEvents.parse(results.get(0).value()),
                ExamResultRecorded.class);
        assertThat(data).isEqualTo(new ExamResultRecorded(id, UUID.fromString(registration), ExamComponent.SPEAKING,
                LanguageLevel.B1, today.plusDays(4), ExamOutcome.NO_RESULT, NoResultReason.NOT_CULPABLE,
                today.plusDays(5), null));
        assertThat(event.at("/data/noResultReason").asText()).isEqualTo("NOT_CULPABLE");
    }

    @Test
    void planEventsTwiceAndOutOfOrderStillDecideThePayerFromTheLatestPlan() {
        UUID id = UUID.randomUUID();
        PlanEstablished v1 = KnownParticipants.plan(id, 1, LanguageLevel.B1, Set.of());
        PlanEstablished v2 = KnownParticipants.plan(id, 2, LanguageLevel.B1, Set.of(ExamComponent.WRITING));
        // Revision first, then the registration, then the initial plan, then the revision again.
        String revision = participants.produce(v2);
        participants.produce(KnownParticipants.registered(id, "GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER));
        participants.produce(v1);
        participants.produceRaw(id, revision);
        String again = participants.produce(v1);
        participants.produceRaw(id, again);
        participants.sync(id);
        assertThat(participants.find(id).plan().initialDateOfIssue()).isEqualTo(v1.dateOfIssue());

        // Writing at A2 was permitted by the later plan: free; reading at A2 was not: paid by the participant.
        assertThat(register(DevTokens.participant(id), registration(id, "WRITING", "A2", today.plusDays(10)))
                .statusCode(201).extract().<String>path("payer")).isEqualTo("MUNICIPALITY");
        assertThat(register(DevTokens.participant(id), registration(id, "READING", "A2", today.plusDays(10)))
                .statusCode(201).extract().<String>path("paymentReason")).isEqualTo("BELOW_PLAN_LEVEL");
        assertThat(participants.find(id).plan().version()).isEqualTo(2);
    }

    @Test
    void aParticipantRegisteredTwiceIsStillOneParticipantWithTheLatestTargetGroup() {
        UUID id = UUID.randomUUID();
        String registered = participants.produce(
                KnownParticipants.registered(id, "GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER));
        participants.produce(new nl.inburgering.contracts.events.ParticipantTargetGroupChanged(id,
                TargetGroup.FAMILY_OR_OTHER_MIGRANT, today.minusDays(1)));
        participants.produceRaw(id, registered);
        // The same facts as a new event (another id): a replay by pip-service must not undo the change either.
        participants.produce(KnownParticipants.registered(id, "GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER));
        participants.sync(id);
        assertThat(participants.find(id).targetGroup()).isEqualTo(TargetGroup.FAMILY_OR_OTHER_MIGRANT);
        assertThat(register(DevTokens.participant(id), registration(id, "READING", "B1", today.plusDays(10)))
                .statusCode(201).extract().<String>path("payer")).isEqualTo("PARTICIPANT");
    }
}
