package nl.inburgering.map.rest;

import static io.restassured.RestAssured.given;
import static nl.inburgering.map.support.MapApi.GM;
import static nl.inburgering.map.support.MapApi.allPartsBefore;
import static nl.inburgering.map.support.MapApi.b1Participant;
import static nl.inburgering.map.support.MapApi.finalInterview;
import static nl.inburgering.map.support.MapApi.map;
import static nl.inburgering.map.support.MapApi.officer;
import static nl.inburgering.map.support.MapApi.startInterview;
import static nl.inburgering.map.support.MapApi.theme;
import static nl.inburgering.map.support.MapApi.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.TestClock;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.map.support.MapApi;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 9: the MAP over REST against the real PostgreSQL and Kafka: parts, rules, corrections, events. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class MapTest {

    static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KnownParticipants participants;
    final ObjectMapper json = new ObjectMapper();
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

    private List<JsonNode> mapEvents(UUID id, int count) {
        return participants.topics().awaitCount("map.events", r -> id.toString().equals(r.key()), count,
                        Duration.ofSeconds(30)).stream().map(ConsumerRecord::value).map(v -> {
                    try {
                        return json.readTree(v);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    @Test
    void theFourPartsCompleteTheMapAndEachTransitionIsPublishedOnce_N11() throws Exception {
        UUID id = b1Participant(participants);
        officer(id, "start-interview", startInterview(today.minusDays(60))).statusCode(201)
                .header("Location", containsString(map(id) + "/entries/")).header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("START_INTERVIEW")).body("recordedBy", equalTo("officer-GM0363"));
        for (String t : MapApi.THEMES) {
            officer(id, "themes", theme(t, today.minusDays(40))).statusCode(201);
        }
        officer(id, "work-experience", work(today.minusDays(20), "12.5")).statusCode(201).body("hours", equalTo(12.5f));

        given().auth().oauth2(DevTokens.participant(id)).when().get(map(id)).then().statusCode(200)
                .body("applies", equalTo(true)).body("route", equalTo("B1")).body("completed", equalTo(false))
                .body("startInterview.date", equalTo(today.minusDays(60).toString()))
                .body("education.left", hasSize(0)).body("education.completedOn", equalTo(today.minusDays(40).toString()))
                .body("workExperience.hours", equalTo(12.5f)).body("workExperience.hoursLeft", equalTo(27.5f))
                .body("outstanding.rule", hasItems("N11"))
                .body("outstanding[0].text", equalTo("12.5 of 40 hours of work experience are recorded; 27.5 hours to go."));

        // N11: not yet 40 hours: the final interview is refused, naming the rule and the hours.
        officer(id, "final-interviews", finalInterview(today, "SUFFICIENT", null)).statusCode(409)
                .contentType(PROBLEM).body("rule", equalTo("N11")).body("detail", containsString("27.5 hours to go"));

        officer(id, "work-experience", work(today.minusDays(10), "24")).statusCode(201);
        officer(id, "work-experience", work(today.minusDays(9), "3.5")).statusCode(201);
        // A NOT_SUFFICIENT interview is kept and completes nothing; a later one completes the MAP.
        officer(id, "final-interviews", finalInterview(today.minusDays(5), "NOT_SUFFICIENT", null)).statusCode(201);
        given().auth().oauth2(DevTokens.duo()).when().get(map(id)).then().body("completed", equalTo(false))
                .body("outstanding", hasSize(1)).body("outstanding[0].part", equalTo("FINAL_INTERVIEW"));
        officer(id, "final-interviews", finalInterview(today, "SUFFICIENT", null)).statusCode(201);
        given().auth().oauth2(DevTokens.officer(GM)).when().get(map(id)).then()
                .body("completed", equalTo(true)).body("completedOn", equalTo(today.toString()))
                .body("outstanding", hasSize(0)).body("entries", hasSize(14));

        List<JsonNode> events = mapEvents(id, 5);
        assertThat(events).extracting(e -> e.get("type").asText() + " " + e.at("/data/part").asText())
                .containsExactly("nl.inburgering.map.part-completed START_INTERVIEW",
                        "nl.inburgering.map.part-completed LABOUR_MARKET_EDUCATION",
                        "nl.inburgering.map.part-completed WORK_EXPERIENCE",
                        "nl.inburgering.map.part-completed FINAL_INTERVIEW",
                        "nl.inburgering.map.completed ");
        assertThat(events.get(2).at("/data/completedOn").asText()).isEqualTo(today.minusDays(9).toString());
        assertThat(events.get(4).at("/data/finalInterviewDate").asText()).isEqualTo(today.toString());
        assertThat(events.get(4).at("/data").has("culpableDelay")).isFalse();
    }

    @Test
    void withdrawingTheCompletingInterviewPublishesTheWithdrawalAndKeepsTheEntry_item3() {
        UUID id = b1Participant(participants);
        allPartsBefore(id, today);
        String entry = officer(id, "final-interviews", finalInterview(today, "SUFFICIENT", null)).statusCode(201)
                .extract().path("id");
        String entryPath = map(id) + "/entries/" + entry;
        // Optimistic concurrency: without If-Match 428, with a stale one 412.
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json").body("{\"reason\":\"typo\"}")
                .when().post(entryPath + "/withdrawal").then().statusCode(428).contentType(PROBLEM);
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json").header("If-Match", "\"7\"")
                .body("{\"reason\":\"typo\"}").when().post(entryPath + "/withdrawal").then().statusCode(412);
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"reason\":\"interview held with the wrong participant\"}")
                .when().post(entryPath + "/withdrawal").then().statusCode(200)
                .body("withdrawn", equalTo(true)).body("withdrawnBy", equalTo("officer-GM0363"))
                .body("withdrawalReason", equalTo("interview held with the wrong participant"))
                .header("ETag", equalTo("\"1\""));
        given().auth().oauth2(DevTokens.officer(GM)).when().get(entryPath).then().statusCode(200)
                .body("entry.withdrawn", equalTo(true)).body("revisions", hasSize(1))
                .body("revisions[0].change", equalTo("WITHDRAWN")).body("revisions[0].before.outcome",
                        equalTo("SUFFICIENT"));
        given().auth().oauth2(DevTokens.officer(GM)).when().get(map(id)).then().body("completed", equalTo(false));
        // Withdrawn once: not again.
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json").header("If-Match", "\"1\"")
                .body("{\"reason\":\"again\"}").when().post(entryPath + "/withdrawal").then().statusCode(409)
                .body("rule", equalTo("MAP-WITHDRAWN"));

        List<JsonNode> events = mapEvents(id, 6);
        JsonNode withdrawn = events.get(events.size() - 1);
        assertThat(withdrawn.get("type").asText()).isEqualTo("nl.inburgering.map.completion-withdrawn");
        assertThat(withdrawn.at("/data/finalInterviewDate").asText()).isEqualTo(today.toString());
        assertThat(withdrawn.toString()).doesNotContain("wrong participant");

        // A new final interview completes it again: map.completed once more.
        officer(id, "final-interviews", finalInterview(today, "SUFFICIENT", null)).statusCode(201);
        assertThat(mapEvents(id, 8)).extracting(e -> e.get("type").asText()).endsWith(
                "nl.inburgering.map.part-completed", "nl.inburgering.map.completed");
    }

    private String entryId(UUID id, String kind, String groovyCondition) {
        return given().auth().oauth2(DevTokens.officer(GM)).when().get(map(id)).then().statusCode(200).extract()
                .path("entries.find { it.kind == '" + kind + "' && " + groovyCondition + " }.id");
    }

    private io.restassured.response.ValidatableResponse withdraw(UUID id, String entryId) {
        return given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"reason\":\"recorded in error\"}").when()
                .post(map(id) + "/entries/" + entryId + "/withdrawal").then();
    }

    @Test
    void withdrawingHoursUnderTheCompletingInterviewUndoesTheCompletion_N11_item3() {
        UUID id = b1Participant(participants);
        allPartsBefore(id, today);
        officer(id, "final-interviews", finalInterview(today, "SUFFICIENT", null)).statusCode(201);
        withdraw(id, entryId(id, "WORK_EXPERIENCE", "it.hours == 16")).statusCode(200);
        given().auth().oauth2(DevTokens.officer(GM)).when().get(map(id)).then().body("completed", equalTo(false))
                .body("outstanding.rule", hasItems("N11"));
        List<JsonNode> events = mapEvents(id, 6);
        assertThat(events.get(5).get("type").asText()).isEqualTo("nl.inburgering.map.completion-withdrawn");
    }

    @Test
    void afterTheZRouteCompletionNoPartChangeUndoesTheMap_E17_andTheOnderwijsrouteTakesNoWithdrawal_5() {
        UUID id = participants.known(GM, TargetGroup.ASYLUM_PERMIT_HOLDER);
        MapApi.plan(participants, id, 2, Route.SELF_SUFFICIENCY);
        participants.startTerm(id, MapApi.termStart(), MapApi.termStart().plusYears(3));
        allPartsBefore(id, today.minusDays(1));
        officer(id, "final-interviews", finalInterview(today.minusDays(1), "SUFFICIENT", null)).statusCode(201);
        mapEvents(id, 5);
        participants.completeZRoute(id, today);
        withdraw(id, entryId(id, "THEME", "it.theme == 'FINDING_WORK'")).statusCode(409)
                .body("rule", equalTo("E17"));
        given().auth().oauth2(DevTokens.officer(GM)).when().get(map(id)).then().body("completed", equalTo(true));

        UUID education = b1Participant(participants);
        officer(education, "start-interview", startInterview(today)).statusCode(201);
        MapApi.plan(participants, education, 2, Route.EDUCATION);
        withdraw(education, entryId(education, "START_INTERVIEW", "true")).statusCode(409).body("rule", equalTo("§5"));
    }

    @Test
    void aCorrectionKeepsTheEarlierStateWithWhoWhenAndWhy_item3() {
        UUID id = b1Participant(participants);
        String path = officer(id, "work-experience", work(today.minusDays(3), "4")).statusCode(201)
                .extract().header("Location");
        String entryId = path.substring(path.lastIndexOf('/') + 1);
        String put = map(id) + "/work-experience/" + entryId;
        String corrected = work(today.minusDays(3), "6.25").replace("}", ",\"reason\":\"hours miscounted\"}");
        // No reason: 400 naming the field.
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json").header("If-Match", "\"0\"")
                .body(work(today.minusDays(3), "6.25")).when().put(put).then().statusCode(400)
                .body("errors.field", hasItems("reason"));
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json").header("If-Match", "\"0\"")
                .body(corrected).when().put(put).then().statusCode(200).body("hours", equalTo(6.25f))
                .header("ETag", equalTo("\"1\""));
        given().auth().oauth2(DevTokens.officer(GM)).when().get(map(id) + "/entries/" + entryId).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("revisions", hasSize(1))
                .body("revisions[0].before.hours", equalTo(4.0f)).body("revisions[0].reason", equalTo("hours miscounted"))
                .body("revisions[0].changedBy", equalTo("officer-GM0363"));
        // The same ETag again is stale now.
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json").header("If-Match", "\"0\"")
                .body(corrected).when().put(put).then().statusCode(412);
        // A theme entry is not corrected at the work-experience path.
        String themeId = officer(id, "themes", theme("FINDING_WORK", today)).statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json").header("If-Match", "\"0\"")
                .body(corrected).when().put(map(id) + "/work-experience/" + themeId).then().statusCode(400);
        assertThat(Db.number("select count(*) from audit_record where object_id = :id and action = 'map.entry.correct' "
                + "and result = 'SUCCESS'", Map.of("id", id.toString()))).isEqualTo(1);
    }

    @Test
    void badInputListsEveryErrorInOne400() {
        UUID id = b1Participant(participants);
        officer(id, "work-experience", "{\"date\":null,\"kind\":\"DANCING\",\"hours\":0.3}").statusCode(400)
                .contentType(PROBLEM);
        officer(id, "work-experience", "{\"hours\":24.5,\"organisation\":\"\"}").statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("date", "kind", "organisation", "hours"));
        officer(id, "work-experience", work(today, "0.3")).statusCode(400).body("errors[0].field", equalTo("hours"))
                .body("errors[0].detail", containsString("quarters"));
        officer(id, "themes", theme("KNITTING", today)).statusCode(400).body("errors[0].field", equalTo("theme"));
        officer(id, "final-interviews", "{\"outcome\":\"GREAT\"}").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void eachRuleOfARecordingIsA409NamingIt() {
        UUID id = b1Participant(participants);
        officer(id, "start-interview", startInterview(today.plusDays(1))).statusCode(409)
                .body("rule", equalTo("FACT-NOT-IN-FUTURE"));
        officer(id, "start-interview", startInterview(today)).statusCode(201);
        officer(id, "start-interview", startInterview(today)).statusCode(409).body("rule", equalTo("MAP-RECORDED-ONCE"));
        officer(id, "themes", theme("FINDING_WORK", today)).statusCode(201);
        officer(id, "themes", theme("FINDING_WORK", today)).statusCode(409).body("rule", equalTo("MAP-RECORDED-ONCE"));
        officer(id, "work-experience", work(today, "20")).statusCode(201);
        officer(id, "work-experience", work(today, "4.25")).statusCode(409).body("rule", equalTo("MAP-HOURS-PER-DAY"));
        officer(id, "final-interviews", finalInterview(today, "SUFFICIENT", null)).statusCode(409)
                .body("rule", equalTo("§5-THEMES")).body("detail", containsString("1 of 8"));
    }

    @Test
    void duoRulesOfTheFinalInterviewDate_SDI016() {
        UUID id = b1Participant(participants);
        allPartsBefore(id, today.minusDays(1));
        officer(id, "final-interviews", finalInterview(today.plusDays(1), "SUFFICIENT", null)).statusCode(409)
                .body("rule", equalTo("DUO-MAP-2"));
        officer(id, "final-interviews", finalInterview(MapApi.termStart().minusDays(1), "SUFFICIENT", null))
                .statusCode(409).body("rule", equalTo("DUO-MAP-3"));
        // The term ends in about 26 months: NO and YES are both too early.
        officer(id, "final-interviews", finalInterview(today, "SUFFICIENT", "NO")).statusCode(409)
                .body("rule", equalTo("DUO-MAP-5"));
        officer(id, "final-interviews", finalInterview(today, "SUFFICIENT", "YES")).statusCode(409)
                .body("rule", equalTo("DUO-MAP-6"));
        // DUO-MAP-4: not after the Z-route completion date.
        participants.completeZRoute(id, today.minusDays(1));
        officer(id, "final-interviews", finalInterview(today, "SUFFICIENT", null)).statusCode(409)
                .body("rule", equalTo("DUO-MAP-4"));
        String entry = officer(id, "final-interviews", finalInterview(today.minusDays(1), "SUFFICIENT", null))
                .statusCode(201).extract().path("id");
        // E17: after the Z-route completion the final interview it rests on stands.
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"reason\":\"x\"}").when().post(map(id) + "/entries/" + entry + "/withdrawal").then()
                .statusCode(409).body("rule", equalTo("E17"));
    }

    @Test
    void culpabilityFollowsTheTermEndAndAnExtension_SDI016() {
        UUID id = participants.known(GM, TargetGroup.FAMILY_OR_OTHER_MIGRANT);
        LocalDate end = today.plusDays(30);
        participants.startTerm(id, end.minusYears(3), end);
        allPartsBefore(id, today);
        // The term ends within 2 months: NO is allowed, YES not yet.
        officer(id, "final-interviews", finalInterview(today, "SUFFICIENT", "YES")).statusCode(409)
                .body("rule", equalTo("DUO-MAP-6"));
        // An extension moves the end: NO is now too early too.
        participants.extendTerm(id, end, end.plusMonths(6));
        officer(id, "final-interviews", finalInterview(today, "SUFFICIENT", "NO")).statusCode(409)
                .body("rule", equalTo("DUO-MAP-5"));
        // Past the extended end, YES is allowed and published as culpableDelay true.
        TestClock.advanceDays(30 + 200);
        officer(id, "final-interviews", finalInterview(today.plusDays(200), "SUFFICIENT", "YES")).statusCode(201)
                .body("culpableDelay", equalTo("YES"));
        JsonNode completed = mapEvents(id, 5).get(4);
        assertThat(completed.get("type").asText()).isEqualTo("nl.inburgering.map.completed");
        assertThat(completed.at("/data/culpableDelay").asBoolean()).isTrue();
    }

    @Test
    void missingFactsAndTheRouteAreNamedNeverGuessed_5() {
        // No term yet: the final interview says which fact is missing.
        UUID noTerm = participants.known(GM, TargetGroup.ASYLUM_PERMIT_HOLDER);
        allPartsBefore(noTerm, today);
        officer(noTerm, "final-interviews", finalInterview(today, "SUFFICIENT", null)).statusCode(409)
                .body("rule", equalTo("TERM-NOT-YET-KNOWN"));
        // No PIP yet.
        UUID noPlan = UUID.randomUUID();
        participants.produce(KnownParticipants.registered(noPlan, GM, TargetGroup.ASYLUM_PERMIT_HOLDER));
        participants.awaitReplica(noPlan, k -> k.registered());
        officer(noPlan, "start-interview", startInterview(today)).statusCode(409)
                .body("rule", equalTo("PLAN-NOT-YET-KNOWN"));
        // The Onderwijsroute has no MAP; a switch back to the B1-route brings the entries back into count.
        UUID id = b1Participant(participants);
        officer(id, "start-interview", startInterview(today)).statusCode(201);
        MapApi.plan(participants, id, 2, Route.EDUCATION);
        officer(id, "themes", theme("FINDING_WORK", today)).statusCode(409).body("rule", equalTo("§5"));
        given().auth().oauth2(DevTokens.officer(GM)).when().get(map(id)).then().body("applies", equalTo(false))
                .body("outstanding", hasSize(0)).body("entries", hasSize(1));
        MapApi.plan(participants, id, 3, Route.B1);
        officer(id, "themes", theme("FINDING_WORK", today)).statusCode(201);
        given().auth().oauth2(DevTokens.officer(GM)).when().get(map(id)).then().body("applies", equalTo(true))
                .body("startInterview.date", equalTo(today.toString()));
    }

    @Test
    void aClosedCaseTakesNoFurtherSteps_E14() {
        UUID id = b1Participant(participants);
        participants.endObligation(id, today.minusDays(1));
        officer(id, "start-interview", startInterview(today)).statusCode(409).body("rule", equalTo("E14"));
        UUID done = b1Participant(participants);
        participants.complete(done, today.minusDays(1));
        officer(done, "start-interview", startInterview(today)).statusCode(409).body("rule", equalTo("§9"));
    }

    @Test
    void theSameRequestWithTheSameIdempotencyKeyRecordsOnce() {
        UUID id = b1Participant(participants);
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json")
                .header("Idempotency-Key", key).body(work(today, "2")).when().post(map(id) + "/work-experience")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json")
                .header("Idempotency-Key", key).body(work(today, "2")).when().post(map(id) + "/work-experience")
                .then().statusCode(201).body("id", equalTo(first));
        given().auth().oauth2(DevTokens.officer(GM)).when().get(map(id)).then().body("workExperience.hours",
                equalTo(2));
        assertThat(new String(key.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(key);
    }
}
