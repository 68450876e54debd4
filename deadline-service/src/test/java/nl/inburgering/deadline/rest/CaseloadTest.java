package nl.inburgering.deadline.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.inburgering.contracts.events.ParticipantRegistered;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.AuditTrail;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.Outbox;
import nl.inburgering.kit.testing.TestClock;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 11 item 7 against the real stack: the officer's caseload lists, their filters, order, pages and CSV. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class CaseloadTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KnownParticipants participants;
    LocalDate today;
    /** A municipality of this test alone, so that the lists hold only what the test made. */
    String gm;

    @BeforeEach
    void setUp() {
        participants = new KnownParticipants(bootstrap);
        today = TestClock.realToday();
        gm = String.format("GM%04d", ThreadLocalRandom.current().nextInt(1000, 9999));
    }

    ValidatableResponse list(String token, String path) {
        return given().auth().oauth2(token).accept("application/json").get("/v1/caseload/" + path).then();
    }

    UUID withTermFrom(LocalDate start) {
        return Terms.participantWithTermFrom(participants, start, gm);
    }

    @Test
    void termsEndingAndExceededOfTheOfficersOwnOpenCasesSortedAndPaged_N18() {
        UUID inAMonth = withTermFrom(today.minusYears(3).plusMonths(1));
        UUID inThreeMonths = withTermFrom(today.minusYears(3).plusMonths(3));
        withTermFrom(today.minusYears(1)); // ends in two years: on no list
        UUID exceeded = withTermFrom(today.minusYears(3).minusDays(5));
        UUID completed = withTermFrom(today.minusYears(3).plusMonths(1));
        participants.complete(completed, today.minusDays(1));
        Terms.participantWithTermFrom(participants, today.minusYears(3).plusMonths(1)); // another municipality
        String officer = DevTokens.officer(gm);

        list(officer, "terms-ending").statusCode(200).body("total", equalTo(1))
                .body("items[0].participantId", equalTo(inAMonth.toString()))
                .body("items[0].endDateExclusive", equalTo(today.plusMonths(1).toString()))
                .body("items[0].route", equalTo("B1"));
        list(officer, "terms-ending?before=" + today.plusMonths(4)).statusCode(200).body("total", equalTo(2))
                .body("items.participantId", equalTo(List.of(inAMonth.toString(), inThreeMonths.toString())));
        list(officer, "terms-ending?before=" + today.plusMonths(4) + "&sort=-endDateExclusive").statusCode(200)
                .body("items.participantId", equalTo(List.of(inThreeMonths.toString(), inAMonth.toString())));
        given().auth().oauth2(officer).get("/v1/caseload/terms-ending?before=" + today.plusMonths(4)
                        + "&pageSize=1").then().statusCode(200).body("items", hasSize(1)).body("total", equalTo(2))
                .header("Link", containsString("rel=\"next\""));
        list(officer, "terms-ending?before=" + today.plusMonths(4) + "&route=EDUCATION").body("total", equalTo(0));
        list(officer, "terms-ending?before=" + today.plusMonths(4) + "&targetGroup=ASYLUM_PERMIT_HOLDER")
                .body("total", equalTo(2));
        list(officer, "terms-exceeded").statusCode(200).body("total", equalTo(1))
                .body("items[0].participantId", equalTo(exceeded.toString()));
        assertThat(AuditTrail.count("caseload.read", gm, "SUCCESS")).isGreaterThanOrEqualTo(7);
    }

    /**
     * E14: the lists hold open cases, each closure counting from its own date (the replica's OPEN_ON_TODAY, the SQL
     * twin of KnownParticipant.closedOn): a full exemption from next week leaves the case on the list today; an
     * obligation that ended yesterday takes it off.
     */
    @Test
    void aCaseLeavesTheListsOnTheDayItCloses_E14() {
        UUID exemptLater = withTermFrom(today.minusYears(3).minusDays(5));
        participants.exemptFully(exemptLater, today.plusDays(7));
        UUID ended = withTermFrom(today.minusYears(3).minusDays(5));
        participants.endObligation(ended, today.minusDays(1));
        list(DevTokens.officer(gm), "terms-exceeded").statusCode(200)
                .body("items.participantId", equalTo(List.of(exemptLater.toString())));
    }

    UUID notifiedWeeksAgo(int weeksAgo, LocalDate initialPipDatedOn) {
        UUID id = UUID.randomUUID();
        LocalDate notified = today.minusWeeks(weeksAgo);
        if (initialPipDatedOn != null) {
            participants.produce(new PlanEstablished(id, UUID.randomUUID(), 1, true, initialPipDatedOn, Route.B1,
                    LanguageLevel.B1, Set.of(), gm));
        }
        participants.produce(new ParticipantRegistered(id, gm, TargetGroup.FAMILY_OR_OTHER_MIGRANT,
                LocalDate.of(1990, 4, 12), notified.minusDays(5), notified, notified, null));
        participants.awaitReplica(id, k -> k.registered() && (initialPipDatedOn == null || k.plan() != null));
        return id;
    }

    @Test
    void planDeadlinesMissedAndOpenExtensionRequestsAsJsonAndCsv_N5_section7_2() {
        UUID missed = notifiedWeeksAgo(12, null);
        UUID late = notifiedWeeksAgo(14, today.minusWeeks(1));
        notifiedWeeksAgo(11, today.minusWeeks(6)); // in time
        given().auth().oauth2(DevTokens.operator()).post("/v1/operations/term-signals").then().statusCode(200);
        String officer = DevTokens.officer(gm);
        list(officer, "plan-deadlines-missed").statusCode(200).body("total", equalTo(2))
                .body("items.participantId", equalTo(List.of(late.toString(), missed.toString())))
                .body("items.planDeadlineState", equalTo(List.of("LATE", "MISSED")))
                .body("items[0].planDeadline", equalTo(today.minusWeeks(4).toString()));

        UUID requested = withTermFrom(today.minusMonths(33));
        String requestId = given().auth().oauth2(officer).contentType("application/json")
                .body("{\"ground\":\"CHILDBIRTH\",\"statement\":\"gave birth\"}")
                .post("/v1/participants/" + requested + "/term/extension-requests").then().statusCode(201)
                .extract().path("id");
        list(officer, "extension-requests").statusCode(200).body("total", equalTo(1))
                .body("items[0].requestId", equalTo(requestId)).body("items[0].ground", equalTo("CHILDBIRTH"))
                .body("items[0].requestedOn", equalTo(today.toString()));

        String csv = given().auth().oauth2(officer).get("/v1/caseload/plan-deadlines-missed/export")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("caseload-plan-deadlines-missed.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("participantId,municipalityCode,route,targetGroup,");
        assertThat(lines.get(1)).startsWith(late + "," + gm + ",B1,FAMILY_OR_OTHER_MIGRANT,").contains(",LATE,");
        assertThat(lines.get(2)).startsWith(missed + "," + gm + ",,FAMILY_OR_OTHER_MIGRANT,").contains(",MISSED,");
        assertThat(AuditTrail.count("caseload.export", gm, "SUCCESS")).isEqualTo(1);
        Outbox.awaitDrained();
    }

    @Test
    void anUnknownSortIsA400NamingTheFieldsAndAnUnknownListA404() {
        String officer = DevTokens.officer(gm);
        list(officer, "terms-ending?sort=bsn,-startDate,name").statusCode(400)
                .contentType("application/problem+json").body("errors", hasSize(2))
                .body("errors[0].field", equalTo("sort")).body("errors[0].detail", containsString("endDateExclusive"));
        list(officer, "everyone").statusCode(404).contentType("application/problem+json");
        list(officer, "terms-ending?before=tomorrow").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("before"));
        list(officer, "terms-ending?route=B3&targetGroup=ASYLUM_PERMIT_HOLDER").statusCode(400)
                .body("errors.field", equalTo(List.of("route"))).body("detail", org.hamcrest.Matchers.not(
                        containsString("nl.inburgering")));
        list(officer, "terms-ending?pageSize=1000").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyAnOfficerSeesACaseloadAndOnlyTheirOwn() {
        UUID mine = withTermFrom(today.minusYears(3).minusDays(5));
        list(DevTokens.duo(), "terms-exceeded").statusCode(403);
        list(DevTokens.participant(mine), "terms-exceeded").statusCode(403);
        given().get("/v1/caseload/terms-exceeded").then().statusCode(401);
        list(DevTokens.officer("GM0599"), "terms-exceeded").statusCode(200)
                .body("items.participantId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(
                        mine.toString())));
        list(DevTokens.officer(gm), "terms-exceeded").statusCode(200)
                .body("items.participantId", equalTo(List.of(mine.toString())));
    }
}
