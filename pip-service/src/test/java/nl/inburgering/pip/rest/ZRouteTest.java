package nl.inburgering.pip.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.events.EventType;
import nl.inburgering.contracts.events.MapCompleted;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.pip.support.Events;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Issue item 4: Z-route hours (N13, N14, §2.2) and the Z-route completion (§3.3, DUO-ZROUTE-1..3, E17). */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ZRouteTest {

    static final String PROBLEM = "application/problem+json";
    static final String GM = "GM0363";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String zroute(UUID id) {
        return "/v1/participants/" + id + "/zroute";
    }

    @Test
    void everyHoursEntryPublishesTheNewTotalOfItsKind_forDuosGevolgdeUren_issue13() {
        UUID id = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        Api.postHours(GM, id, "COURSE", "2026-05-01", 100).statusCode(201);
        Api.postHours(GM, id, "PARTICIPATION", "2026-05-02", 40).statusCode(201);
        Api.postHours(GM, id, "COURSE", "2026-05-03", 25).statusCode(201);
        var totals = nl.inburgering.kit.testing.Db.texts("select payload::json->'data'->>'kind' || ' ' || "
                + "(payload::json->'data'->>'totalHours') from outbox_event where event_type = "
                + "'nl.inburgering.zroute.hours-recorded' and message_key = :id order by seq",
                java.util.Map.of("id", id.toString()));
        org.assertj.core.api.Assertions.assertThat(totals).containsExactly("COURSE 100", "PARTICIPATION 40", "COURSE 125");
    }

    @Test
    void familyMigrantHoursCountCourseOnlyAndTheCompletionNeedsThemByTheFinalInterview_N14() {
        UUID id = Api.register(GM, "FAMILY_OR_OTHER_MIGRANT");
        Api.establish(GM, id, Api.plan("2026-02-01", "SELF_SUFFICIENCY"));
        Api.postHours(GM, id, "INTAKE_LANGUAGE", "2026-01-20", 50).statusCode(201);
        Api.postHours(GM, id, "COURSE", "2026-05-31", 500).statusCode(201)
                .header("Location", containsString("/zroute/hours/")).body("kind", equalTo("COURSE"));
        Api.postHours(GM, id, "PARTICIPATION", "2026-06-30", 300).statusCode(201);

        given().auth().oauth2(DevTokens.participant(id)).when().get(zroute(id))
                .then().statusCode(200).body("currentRoute", equalTo("SELF_SUFFICIENCY"))
                .body("courseHoursCounted", equalTo(500)).body("courseHoursRequired", equalTo(800))
                .body("participationHoursCounted", equalTo(0)).body("participationHoursRequired", equalTo(0))
                .body("hoursNotCounted", equalTo(350)).body("hoursMet", equalTo(false))
                .body("completedOn", nullValue());
        Api.completeZRoute(GM, id, "2026-07-01").statusCode(409).contentType(PROBLEM).body("rule", equalTo("N14"));

        Api.postHours(GM, id, "COURSE", "2026-07-15", 300).statusCode(201);
        given().auth().oauth2(DevTokens.officer(GM)).when().get(zroute(id))
                .then().body("hoursMet", equalTo(true)).body("hoursMetOn", equalTo("2026-07-15"));
        // Hours met only after the final interview date: still N14.
        Api.completeZRoute(GM, id, "2026-07-10").statusCode(409).body("rule", equalTo("N14"));
        Api.completeZRoute(GM, id, Api.today().plusDays(1).toString()).statusCode(409)
                .body("rule", equalTo("DUO-ZROUTE-1"));
        Api.completeZRoute(GM, id, "2026-02-01").statusCode(409).body("rule", equalTo("DUO-ZROUTE-2"));

        Api.completeZRoute(GM, id, "2026-07-20").statusCode(201).header("Location", containsString("/zroute"))
                .body("completedOn", equalTo("2026-07-20"));
        Api.completeZRoute(GM, id, "2026-07-20").statusCode(200).body("completedOn", equalTo("2026-07-20"));
        Api.completeZRoute(GM, id, "2026-07-21").statusCode(409).body("rule", equalTo("DUO-ZROUTE-3"));

        var event = Events.json(new Events(bootstrap).awaitPipEvents(id, EventType.ZROUTE_COMPLETED, 1).get(0).value());
        assertThat(event.at("/data/completedOn").asText()).isEqualTo("2026-07-20");

        given().auth().oauth2(DevTokens.officer(GM)).when().get(zroute(id) + "/hours")
                .then().statusCode(200).body("items", hasSize(4)).body("items[0].date", equalTo("2026-07-15"))
                .body("total", equalTo(4));
        given().auth().oauth2(DevTokens.officer(GM)).when().get(zroute(id) + "/hours?pageSize=2&page=2")
                .then().statusCode(200).body("items", hasSize(2)).body("items[1].kind", equalTo("INTAKE_LANGUAGE"));
    }

    @Test
    void anAsylumPermitHolderAlsoNeedsParticipationHours_N13() {
        UUID id = withAllCourseHours("ASYLUM_PERMIT_HOLDER");
        Api.postHours(GM, id, "PARTICIPATION", "2026-06-30", 500).statusCode(201);
        given().auth().oauth2(DevTokens.duo()).when().get(zroute(id))
                .then().body("participationHoursCounted", equalTo(500)).body("participationHoursRequired", equalTo(800));
        Api.completeZRoute(GM, id, "2026-07-01").statusCode(409).body("rule", equalTo("N13"));
        Api.postHours(GM, id, "PARTICIPATION", "2026-07-01", 300).statusCode(201);
        Api.completeZRoute(GM, id, "2026-07-01").statusCode(201);
    }

    /**
     * E11 (issue 8 items 3, 4): the Z-route hours required are those of the rights on the day of the final
     * interview. "Behoud asielrechten" keeps the asylum participation hours; a change reported before its effective
     * date applies only from that date.
     */
    @Test
    void e11TheZRouteHoursFollowTheRightsOnTheDayOfTheFinalInterview() {
        UUID kept = withAllCourseHours("ASYLUM_PERMIT_HOLDER");
        changeTargetGroup(kept, "FAMILY_OR_OTHER_MIGRANT", "2026-05-01", "ASYLUM_RIGHTS_KEPT");
        given().auth().oauth2(DevTokens.officer(GM)).when().get(zroute(kept))
                .then().body("targetGroup", equalTo("FAMILY_OR_OTHER_MIGRANT"))
                .body("participationHoursRequired", equalTo(800));
        Api.completeZRoute(GM, kept, "2026-07-01").statusCode(409).body("rule", equalTo("N13"));

        UUID later = withAllCourseHours("ASYLUM_PERMIT_HOLDER");
        changeTargetGroup(later, "FAMILY_OR_OTHER_MIGRANT", Api.today().plusDays(30).toString(), null);
        // Still an asylum permit holder until the effective date: participation hours are still required.
        Api.completeZRoute(GM, later, "2026-07-01").statusCode(409).body("rule", equalTo("N13"));
    }

    /**
     * E14, E15, SS128 (issue 8 item 7): DUO reports that the participant reaches pension age in a month. The
     * obligation runs until then, so the case stays open and a Z-route completion before that day is valid; it
     * closes on the day itself (the end date is the first day without obligation, as in exam-service).
     */
    @Test
    void e14AnObligationEndDatedInTheFutureClosesTheCaseOnItsDateNotOnArrival() {
        UUID id = withAllCourseHours("FAMILY_OR_OTHER_MIGRANT");
        String endsOn = Api.today().plusDays(30).toString();
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"reason\":\"PENSION_AGE\",\"endedOn\":\"" + endsOn + "\"}")
                .when().post("/v1/participants/" + id + "/obligation-end").then().statusCode(201)
                .body("status", equalTo("PLAN_ESTABLISHED"));
        Api.progress(DevTokens.officer(GM), id).statusCode(200).body("status", equalTo("PLAN_ESTABLISHED"))
                .body("closure.kind", equalTo("OBLIGATION_ENDED")).body("closure.on", equalTo(endsOn));
        Api.completeZRoute(GM, id, "2026-09-01").statusCode(201);
        Api.progress(DevTokens.officer(GM), id).statusCode(200)
                .body("requirements.find { it.requirement == 'ZROUTE' }.state", equalTo("DONE"));

        UUID today = Api.register(GM, "FAMILY_OR_OTHER_MIGRANT");
        Api.establish(GM, today, Api.plan("2026-02-01", "SELF_SUFFICIENCY"));
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"reason\":\"PENSION_AGE\",\"endedOn\":\"" + Api.today() + "\"}")
                .when().post("/v1/participants/" + today + "/obligation-end").then().statusCode(201)
                .body("status", equalTo("OBLIGATION_ENDED"));
        Api.postHours(GM, today, "COURSE", "2026-06-30", 800).statusCode(409).body("rule", equalTo("E14"));
    }

    /** A participant on a Z-route PIP of 2026-02-01 with the 800 course hours registered by 2026-06-30. */
    static UUID withAllCourseHours(String targetGroup) {
        UUID id = Api.register(GM, targetGroup);
        Api.establish(GM, id, Api.plan("2026-02-01", "SELF_SUFFICIENCY"));
        Api.postHours(GM, id, "COURSE", "2026-06-30", 800).statusCode(201);
        return id;
    }

    static void changeTargetGroup(UUID id, String group, String effective, String rights) {
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body("{\"targetGroup\":\"" + group + "\",\"effectiveDate\":\"" + effective + "\""
                        + (rights == null ? "" : ",\"rightsAfterChange\":\"" + rights + "\"") + "}")
                .when().post("/v1/participants/" + id + "/target-group-changes").then().statusCode(201);
    }

    @Test
    void aZRouteCompletionNeedsAZRoutePip_3_3() {
        UUID id = Api.register(GM, "FAMILY_OR_OTHER_MIGRANT");
        Api.completeZRoute(GM, id, "2026-07-01").statusCode(409).body("rule", equalTo("§3.3"));
        Api.establish(GM, id, Api.plan("2026-02-01", "B1"));
        Api.completeZRoute(GM, id, "2026-07-01").statusCode(409).body("rule", equalTo("§3.3"));
    }

    @Test
    void theZRouteCompletionMayNotPrecedeAKnownMapDate_E17() {
        UUID id = withAllCourseHours("FAMILY_OR_OTHER_MIGRANT");
        new Events(bootstrap).produce(EventSources.MAP_SERVICE, new MapCompleted(id, LocalDate.parse("2026-08-01"), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> Db.number(
                "select count(*) from completion_fact where participant_id = :p", Map.of("p", id)) == 1);
        Api.completeZRoute(GM, id, "2026-07-15").statusCode(409).body("rule", equalTo("E17"));
        Api.completeZRoute(GM, id, "2026-08-01").statusCode(201);
    }

    @Test
    void hoursAreValidatedInOne400() {
        UUID id = Api.register(GM, "FAMILY_OR_OTHER_MIGRANT");
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json")
                .body("{\"hours\":0,\"date\":\"" + Api.today().plusDays(2) + "\"}")
                .when().post(zroute(id) + "/hours")
                .then().statusCode(400).body("errors.field", hasItems("kind", "hours", "date")).body("errors", hasSize(3));
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json")
                .body("{\"kind\":\"SLEEP\",\"hours\":1,\"date\":\"2026-03-01\"}")
                .when().post(zroute(id) + "/hours").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(DevTokens.officer(GM)).contentType("application/json").body("{}")
                .when().post(zroute(id) + "/completion")
                .then().statusCode(400).body("errors[0].field", equalTo("finalInterviewDate"));
    }

    @Test
    void onlyAnOfficerOfTheMunicipalityRegistersHoursAndCompletion() {
        UUID id = Api.register(GM, "FAMILY_OR_OTHER_MIGRANT");
        String hours = "{\"kind\":\"COURSE\",\"hours\":1,\"date\":\"2026-03-01\"}";
        given().contentType("application/json").body(hours).when().post(zroute(id) + "/hours").then().statusCode(401);
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").body(hours)
                .when().post(zroute(id) + "/hours").then().statusCode(403);
        given().auth().oauth2(DevTokens.participant(id)).contentType("application/json").body(hours)
                .when().post(zroute(id) + "/hours").then().statusCode(403);
        Api.postHours("GM0344", id, "COURSE", "2026-03-01", 1).statusCode(404);
        Api.completeZRoute("GM0344", id, "2026-07-01").statusCode(404);
        given().auth().oauth2(DevTokens.participant(id)).contentType("application/json")
                .body("{\"finalInterviewDate\":\"2026-07-01\"}").when().post(zroute(id) + "/completion")
                .then().statusCode(403);
        given().auth().oauth2(DevTokens.officer("GM0344")).when().get(zroute(id)).then().statusCode(404);
        given().auth().oauth2(DevTokens.participant(UUID.randomUUID())).when().get(zroute(id) + "/hours")
                .then().statusCode(404);
        given().auth().oauth2(DevTokens.participant(id)).when().get(zroute(id)).then().statusCode(200)
                .body("currentRoute", nullValue());
    }
}
