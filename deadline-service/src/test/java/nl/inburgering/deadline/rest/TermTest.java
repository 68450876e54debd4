package nl.inburgering.deadline.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.events.EventPayload;
import nl.inburgering.contracts.events.PlanDeleted;
import nl.inburgering.contracts.events.ParticipantRegistered;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 2 against the real PostgreSQL and Kafka: pip-service's plan.established as pip publishes it starts
 * the term once, term.started goes out on deadline.events, and the term is read over REST.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class TermTest {

    static final String GM = "GM0363";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KnownParticipants participants;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() {
        participants = new KnownParticipants(bootstrap);
    }

    private static String term(UUID id) {
        return "/v1/participants/" + id + "/term";
    }

    /** Produces a pip.events event and waits until the term's consumer (not only the replica) has processed it. */
    private void pipEvent(EventPayload payload) {
        UUID eventId = UUID.randomUUID();
        participants.produceRaw(payload.participantId(), KnownParticipants.event(payload, eventId));
        KnownParticipants.awaitProcessed(eventId.toString(), "deadline-service.term");
    }

    private List<JsonNode> termsStarted(UUID id) {
        return participants.topics().readAll("deadline.events", r -> id.toString().equals(r.key())).stream()
                .map(ConsumerRecord::value).map(this::tree)
                .filter(e -> e.get("type").asText().equals("nl.inburgering.term.started")).toList();
    }

    private JsonNode awaitTermsStarted(UUID id, int count) {
        List<ConsumerRecord<String, String>> records = participants.topics().awaitCount("deadline.events",
                r -> id.toString().equals(r.key()) && r.value().contains("nl.inburgering.term.started"), count,
                Duration.ofSeconds(30));
        return tree(records.get(count - 1).value());
    }

    private JsonNode tree(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PlanEstablished plan(UUID id, UUID planId, int version, boolean initial, LocalDate dateOfIssue) {
        return new PlanEstablished(id, planId, version, initial, dateOfIssue, Route.B1, LanguageLevel.B1, Set.of(), GM);
    }

    @Test
    void theInitialPipStartsTheTermOnceAndARevisionNeverMovesIt_N2() throws Exception {
        UUID id = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        participants.produce(KnownParticipants.registered(id, GM, TargetGroup.ASYLUM_PERMIT_HOLDER));
        pipEvent(plan(id, planId, 1, true, LocalDate.of(2026, 2, 1)));
        JsonNode started = awaitTermsStarted(id, 1);
        assertThat(started.at("/source").asText()).isEqualTo("urn:nld:inburgering:deadline-service");
        assertThat(started.at("/data/startDate").asText()).isEqualTo("2026-02-02");
        assertThat(started.at("/data/endDateExclusive").asText()).isEqualTo("2029-02-02");

        // A revision with a later dagtekening: the term stays (N2); no second term.started.
        pipEvent(plan(id, planId, 2, false, LocalDate.of(2026, 9, 1)));
        participants.awaitReplica(id, k -> k.registered() && k.plan() != null && k.plan().version() == 2);
        given().auth().oauth2(DevTokens.officer(GM)).when().get(term(id)).then().statusCode(200)
                .body("started", equalTo(true)).body("startDate", equalTo("2026-02-02"))
                .body("lastDay", equalTo("2029-02-01")).body("endDateExclusive", equalTo("2029-02-02"))
                .body("initialPlanDateOfIssue", equalTo("2026-02-01")).body("exceeded", equalTo(false));
        assertThat(termsStarted(id)).hasSize(1);
    }

    @Test
    void aTermStartingOn29FebruaryKeeps28February2031_issue11() {
        UUID id = UUID.randomUUID();
        participants.produce(KnownParticipants.registered(id, GM, TargetGroup.FAMILY_OR_OTHER_MIGRANT));
        pipEvent(plan(id, UUID.randomUUID(), 1, true, LocalDate.of(2028, 2, 28)));
        JsonNode started = awaitTermsStarted(id, 1);
        assertThat(started.at("/data/startDate").asText()).isEqualTo("2028-02-29");
        assertThat(started.at("/data/endDateExclusive").asText()).isEqualTo("2031-03-01");
    }

    @Test
    void aFirstPipThatIsARevisionStartsNoTermHereAndNothingIsGuessed_N2_E10() {
        UUID id = UUID.randomUUID();
        participants.produce(KnownParticipants.registered(id, GM, TargetGroup.ASYLUM_PERMIT_HOLDER));
        pipEvent(plan(id, UUID.randomUUID(), 1, false, LocalDate.of(2026, 5, 1)));
        participants.awaitReplica(id, k -> k.registered());
        given().auth().oauth2(DevTokens.officer(GM)).when().get(term(id)).then().statusCode(200)
                .body("started", equalTo(false)).body("startDate", nullValue())
                .body("detail", equalTo("No initial PIP has reached deadline-service yet; the term starts the day "
                        + "after its dagtekening."));
        assertThat(termsStarted(id)).isEmpty();
    }

    @Test
    void aTermBroughtAlongFromAnotherMunicipalityIsKeptAsDuoGivesIt_E10_DUO_PIP_6() {
        UUID id = UUID.randomUUID();
        ParticipantRegistered plain = KnownParticipants.registered(id, GM, TargetGroup.ASYLUM_PERMIT_HOLDER);
        pipEvent(new ParticipantRegistered(id, GM, plain.targetGroup(), plain.dateOfBirth(),
                plain.obligationStartDate(), plain.notificationDate(), plain.municipalityRegistrationDate(), null,
                LocalDate.of(2025, 6, 2), LocalDate.of(2028, 6, 2)));
        JsonNode started = awaitTermsStarted(id, 1);
        assertThat(started.at("/data/startDate").asText()).isEqualTo("2025-06-02");
        assertThat(started.at("/data/endDateExclusive").asText()).isEqualTo("2028-06-02");
        // the first PIP here is a revision: the term stands, and no PIP deadline is missed for it
        pipEvent(plan(id, UUID.randomUUID(), 1, false, LocalDate.of(2026, 5, 1)));
        given().auth().oauth2(DevTokens.officer(GM)).when().get(term(id)).then().statusCode(200)
                .body("started", equalTo(true)).body("startDate", equalTo("2025-06-02"))
                .body("endDateExclusive", equalTo("2028-06-02")).body("broughtAlong", equalTo(true))
                .body("initialPlanDateOfIssue", nullValue());
        given().auth().oauth2(DevTokens.operator()).post("/v1/operations/term-signals").then().statusCode(200);
        assertThat(Terms.data(participants, id, "plan-deadline.missed")).isEmpty();
        assertThat(termsStarted(id)).hasSize(1);
    }

    @Test
    void anInitialPipDeletedBeforeTheTermStartedLetsTheNextOneStartIt_DUO_PIP_7() {
        UUID id = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        participants.produce(KnownParticipants.registered(id, GM, TargetGroup.ASYLUM_PERMIT_HOLDER));
        pipEvent(plan(id, first, 1, true, LocalDate.of(2026, 3, 1)));
        pipEvent(new PlanDeleted(id, first, LocalDate.of(2026, 3, 1)));
        participants.awaitReplica(id, k -> k.registered());
        given().auth().oauth2(DevTokens.officer(GM)).when().get(term(id)).then().body("started", equalTo(false));
        pipEvent(plan(id, UUID.randomUUID(), 1, true, LocalDate.of(2026, 3, 10)));
        JsonNode again = awaitTermsStarted(id, 2);
        assertThat(again.at("/data/startDate").asText()).isEqualTo("2026-03-11");
        given().auth().oauth2(DevTokens.officer(GM)).when().get(term(id)).then()
                .body("startDate", equalTo("2026-03-11")).body("initialPlanDateOfIssue", equalTo("2026-03-10"));
    }

    /**
     * Issue 15 with DUO-PIP-7: the term's consumer takes a poll at a time in one transaction, its handlers sharing one
     * session that is flushed and cleared between events. An initial PIP, its deletion (which voids the term by
     * changing the loaded entity) and the next initial PIP, arriving together with a duplicate, give the same term as
     * one by one: the deletion is not lost to the next event, the duplicate counts once, and two term.started go out.
     */
    @Test
    void aDeletedInitialPipAndTheNextOneInOnePollStartTheTermFromTheNextOne_DUO_PIP_7_issue15() {
        UUID id = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        participants.produce(KnownParticipants.registered(id, GM, TargetGroup.ASYLUM_PERMIT_HOLDER));
        List<String> values = List.of(
                KnownParticipants.event(plan(id, first, 1, true, LocalDate.of(2026, 3, 1)), UUID.randomUUID()),
                KnownParticipants.event(new PlanDeleted(id, first, LocalDate.of(2026, 3, 1)), UUID.randomUUID()),
                KnownParticipants.event(plan(id, UUID.randomUUID(), 1, true, LocalDate.of(2026, 3, 10)),
                        UUID.randomUUID()));
        List<String> withDuplicate = List.of(values.get(0), values.get(1), values.get(1), values.get(2));
        participants.produceRawTogether(java.util.Collections.nCopies(withDuplicate.size(), id), withDuplicate);
        List<String> eventIds = values.stream().map(v -> tree(v).get("id").asText()).toList();
        eventIds.forEach(e -> KnownParticipants.awaitProcessed(e, "deadline-service.term"));

        JsonNode again = awaitTermsStarted(id, 2);
        assertThat(again.at("/data/startDate").asText()).isEqualTo("2026-03-11");
        given().auth().oauth2(DevTokens.officer(GM)).when().get(term(id)).then()
                .body("startDate", equalTo("2026-03-11")).body("initialPlanDateOfIssue", equalTo("2026-03-10"));
        String claimed = "from processed_event where consumer = 'deadline-service.term' "
                + "and event_id = any(string_to_array(:ids, ','))";
        Map<String, Object> params = java.util.Map.of("ids", String.join(",", eventIds));
        assertThat(Db.number("select count(*) " + claimed, params)).isEqualTo(3);
        assertThat(Db.number("select count(distinct cast(xmin as text)) " + claimed, params))
                .as("transactions for three events that arrived together").isLessThan(3);
        nl.inburgering.kit.testing.Outbox.awaitDrained();
        assertThat(termsStarted(id)).hasSize(2);
    }

    @Test
    void whoMayReadTheTerm_DESIGN6() {
        UUID id = participants.known(GM, TargetGroup.ASYLUM_PERMIT_HOLDER);
        given().when().get(term(id)).then().statusCode(401);
        given().auth().oauth2(DevTokens.examProvider()).when().get(term(id)).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(DevTokens.officer("GM0599")).when().get(term(id)).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(DevTokens.participant(UUID.randomUUID())).when().get(term(id)).then().statusCode(404);
        given().auth().oauth2(DevTokens.participant(id)).when().get(term(id)).then().statusCode(200);
        given().auth().oauth2(DevTokens.duo()).when().get(term(id)).then().statusCode(200);
        given().auth().oauth2(DevTokens.officer(GM)).when().get(term(UUID.randomUUID())).then().statusCode(404);
    }
}
