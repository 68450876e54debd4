package nl.inburgering.map.rest;

import static io.restassured.RestAssured.given;
import static nl.inburgering.map.support.MapApi.GM;
import static nl.inburgering.map.support.MapApi.b1Participant;
import static nl.inburgering.map.support.MapApi.finalInterview;
import static nl.inburgering.map.support.MapApi.map;
import static nl.inburgering.map.support.MapApi.officer;
import static nl.inburgering.map.support.MapApi.post;
import static nl.inburgering.map.support.MapApi.startInterview;
import static nl.inburgering.map.support.MapApi.theme;
import static nl.inburgering.map.support.MapApi.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.contracts.events.TermExtended;
import nl.inburgering.contracts.events.TermStarted;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.events.Topics;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.TestClock;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.map.support.MapApi;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 items 6 and 7: who may read and change a MAP (DESIGN §6), every call audited, and the replica's term
 * judged the same whatever order deadline-service's events arrive in.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class MapAccessTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KnownParticipants participants;
    LocalDate today;

    @BeforeEach
    void setUp() {
        participants = new KnownParticipants(bootstrap);
        today = TestClock.realToday();
    }

    @Test
    void noTokenIs401AndAForeignRoleIs403() {
        UUID id = b1Participant(participants);
        given().when().get(map(id)).then().statusCode(401);
        given().auth().oauth2(DevTokens.examProvider()).when().get(map(id)).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(DevTokens.operator()).when().get(map(id)).then().statusCode(403);
        post(DevTokens.examProvider(), id, "themes", theme("FINDING_WORK", today)).statusCode(403);
    }

    @Test
    void anOfficerOfAnotherMunicipalityMeetsA404ForReadsAndChanges_6() {
        UUID id = b1Participant(participants);
        String other = DevTokens.officer("GM0599");
        given().auth().oauth2(other).when().get(map(id)).then().statusCode(404)
                .contentType("application/problem+json");
        post(other, id, "start-interview", startInterview(today)).statusCode(404);
        post(other, id, "providers", "{\"providerId\":\"werkbedrijf\"}").statusCode(404);
        // Unknown participant: the same answer.
        given().auth().oauth2(DevTokens.officer(GM)).when().get(map(UUID.randomUUID())).then().statusCode(404);
        assertThat(Db.number("select count(*) from audit_record where object_id = :id and result = 'DENIED'",
                Map.of("id", id.toString()))).isEqualTo(3);
    }

    @Test
    void theParticipantReadsOwnMapOnlyAndChangesNothing_6() {
        UUID id = b1Participant(participants);
        officer(id, "start-interview", startInterview(today)).statusCode(201);
        given().auth().oauth2(DevTokens.participant(id)).when().get(map(id)).then().statusCode(200)
                .body("startInterview.date", equalTo(today.toString()));
        given().auth().oauth2(DevTokens.participant(UUID.randomUUID())).when().get(map(id)).then().statusCode(404);
        post(DevTokens.participant(id), id, "work-experience", work(today, "2")).statusCode(403);
        given().auth().oauth2(DevTokens.duo()).when().get(map(id)).then().statusCode(200);
        post(DevTokens.duo(), id, "start-interview", startInterview(today)).statusCode(403);
    }

    @Test
    void aMapProviderRecordsThemesAndHoursOnlyForParticipantsAssignedToIt_6() {
        UUID id = b1Participant(participants);
        String provider = DevTokens.mapProvider("werkbedrijf-noord");
        // Not assigned: the participant does not exist for it.
        post(provider, id, "work-experience", work(today, "3")).statusCode(404);
        officer(id, "providers", "{\"providerId\":\"werkbedrijf-noord\"}").statusCode(201);
        given().auth().oauth2(DevTokens.officer(GM)).when().get(map(id) + "/providers").then().statusCode(200)
                .body("$", contains("werkbedrijf-noord"));
        post(provider, id, "work-experience", work(today, "3")).statusCode(201)
                .body("recordedBy", equalTo("werkbedrijf-noord"));
        post(provider, id, "themes", theme("FINDING_WORK", today)).statusCode(201);
        // Nothing else: no start or final interview, no reads, no corrections, no assignments.
        post(provider, id, "start-interview", startInterview(today)).statusCode(403);
        post(provider, id, "final-interviews", finalInterview(today, "SUFFICIENT", null)).statusCode(403);
        post(provider, id, "providers", "{\"providerId\":\"other\"}").statusCode(403);
        given().auth().oauth2(provider).when().get(map(id)).then().statusCode(403);
        // Another provider, and this one after the officer ended the assignment: 404.
        post(DevTokens.mapProvider("other"), id, "themes", theme("WORK_CULTURE", today)).statusCode(404);
        given().auth().oauth2(DevTokens.officer(GM)).when().delete(map(id) + "/providers/werkbedrijf-noord").then()
                .statusCode(204);
        post(provider, id, "themes", theme("WORK_CULTURE", today)).statusCode(404);
        given().auth().oauth2(DevTokens.officer(GM)).when().get(map(id)).then()
                .body("workExperience.hours", equalTo(3)).body("entries", hasSize(2));
    }

    @Test
    void aProviderWorksForTheMunicipalityThatAssignedItAndLosesTheParticipantOnAMove_6_E10() {
        UUID id = b1Participant(participants);
        String provider = DevTokens.mapProvider("werkbedrijf-noord");
        officer(id, "providers", "{\"providerId\":\"werkbedrijf-noord\"}").statusCode(201);
        post(provider, id, "themes", theme("FINDING_WORK", today)).statusCode(201);
        participants.move(id, GM, "GM0599", today);
        post(provider, id, "themes", theme("WORK_CULTURE", today)).statusCode(404);
        given().auth().oauth2(DevTokens.officer("GM0599")).when().get(map(id) + "/providers").then().statusCode(200)
                .body("$", hasSize(0));
        // The new municipality may contract the same organisation again.
        post(DevTokens.officer("GM0599"), id, "providers", "{\"providerId\":\"werkbedrijf-noord\"}").statusCode(201);
        post(provider, id, "themes", theme("WORK_CULTURE", today)).statusCode(201);
    }

    @Test
    void everyReadAndChangeIsAudited_6() {
        UUID id = b1Participant(participants);
        officer(id, "start-interview", startInterview(today)).statusCode(201);
        given().auth().oauth2(DevTokens.participant(id)).when().get(map(id)).then().statusCode(200);
        officer(id, "start-interview", startInterview(today)).statusCode(409);
        assertThat(Db.texts("select action || ' ' || actor_role || ' ' || result from audit_record "
                + "where object_id = :id order by at", Map.of("id", id.toString()))).containsExactly(
                "map.entry.record municipality-officer SUCCESS", "map.read participant SUCCESS",
                "map.entry.record municipality-officer REJECTED");
    }

    @Test
    void theTermIsTheSameWhateverOrderDeadlineEventsArriveIn_7() {
        // The extension arrives before the start it extends, and the start is delivered twice.
        UUID id = participants.known(GM, TargetGroup.ASYLUM_PERMIT_HOLDER);
        LocalDate end = today.plusDays(30);
        LocalDate extended = end.plusMonths(6);
        participants.produceDeadline(new TermExtended(id, UUID.randomUUID(), "MED", end, extended, today));
        // The start is then delivered twice (the same CloudEvent: a redelivery) and last.
        UUID startId = UUID.randomUUID();
        String started = CloudEvents.toJson(CloudEvents.wrap(EventSources.DEADLINE_SERVICE,
                new TermStarted(id, end.minusYears(3), end), startId, Instant.now()));
        participants.topics().produce(Topics.DEADLINE_EVENTS, id.toString(), started);
        participants.topics().produce(Topics.DEADLINE_EVENTS, id.toString(), started);
        KnownParticipants.awaitProcessed(startId.toString());
        participants.awaitReplica(id, k -> k.term() != null);
        assertThat(participants.find(id).term().start()).isEqualTo(end.minusYears(3));
        assertThat(participants.find(id).term().endExclusive()).isEqualTo(extended);
        // Judged by the extended end: the term does not end within two months, so NO is refused.
        MapApi.allPartsBefore(id, today);
        officer(id, "final-interviews", finalInterview(today, "SUFFICIENT", "NO")).statusCode(409)
                .body("rule", equalTo("DUO-MAP-5"));
    }
}
