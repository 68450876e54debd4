package nl.inburgering.pvt.rest;

import static io.restassured.RestAssured.given;
import static nl.inburgering.pvt.support.PvtApi.GM;
import static nl.inburgering.pvt.support.PvtApi.attend;
import static nl.inburgering.pvt.support.PvtApi.attended;
import static nl.inburgering.pvt.support.PvtApi.enrol;
import static nl.inburgering.pvt.support.PvtApi.list;
import static nl.inburgering.pvt.support.PvtApi.officer;
import static nl.inburgering.pvt.support.PvtApi.participant;
import static nl.inburgering.pvt.support.PvtApi.plan;
import static nl.inburgering.pvt.support.PvtApi.post;
import static nl.inburgering.pvt.support.PvtApi.pvt;
import static nl.inburgering.pvt.support.PvtApi.sign;
import static nl.inburgering.pvt.support.PvtApi.signing;
import static nl.inburgering.pvt.support.PvtApi.termStart;
import static nl.inburgering.pvt.support.PvtApi.today;
import static nl.inburgering.pvt.support.PvtApi.twelveHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.AuditTrail;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pvt.support.PvtApi;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 10: the PVT over REST against the real PostgreSQL and Kafka: sessions, attendance, signing, events. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class PvtTest {

    static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KnownParticipants participants;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() {
        participants = new KnownParticipants(bootstrap);
    }

    private List<JsonNode> pvtEvents(UUID id, int count) {
        return participants.topics().awaitCount("pvt.events", r -> id.toString().equals(r.key()), count,
                Duration.ofSeconds(30)).stream().map(ConsumerRecord::value).map(v -> {
                    try {
                        return json.readTree(v);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    private static void refused(io.restassured.response.ValidatableResponse r, String rule) {
        r.statusCode(409).contentType(PROBLEM).body("rule", equalTo(rule));
    }

    @Test
    void twelveHoursEducationAndTheWalkThenTheSigningAndItsStatement_N12_section6() throws Exception {
        UUID id = participant(participants);
        given().auth().oauth2(officer()).get(pvt(id)).then().statusCode(200)
                .body("hoursAttended", equalTo(0)).body("hoursRequired", equalTo(12))
                .body("readyToSign", equalTo(false)).body("signed", equalTo(false))
                .body("outstanding.rule", equalTo(List.of("N12", "PVT-EDUCATION", "PVT-COMMUNITY-WALK",
                        "PVT-SIGNING")));

        twelveHours(List.of(id));
        given().auth().oauth2(officer()).get(pvt(id)).then().statusCode(200)
                .body("hoursAttended", equalTo(12)).body("hoursLeft", equalTo(0))
                .body("readyToSign", equalTo(true)).body("attendances", hasSize(3))
                .body("sessions", hasSize(3))
                .body("requirements.find { it.requirement == 'HOURS' }.metOn", equalTo(today().minusDays(5).toString()))
                .body("outstanding[0].text", equalTo("the participation statement is ready to be signed"));

        String signedOn = today().minusDays(1).toString();
        String etag = sign(id, today().minusDays(1)).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(pvt(id) + "/signing"))
                .body("signedOn", equalTo(signedOn)).body("statementVersion", equalTo("2021-1"))
                .body("hoursAttended", equalTo(12)).body("statement", equalTo(pvt(id) + "/statement"))
                .extract().header("ETag");
        assertThat(etag).isEqualTo("\"0\"");

        given().auth().oauth2(officer()).get(pvt(id)).then().statusCode(200).body("signed", equalTo(true))
                .body("signedOn", equalTo(signedOn)).body("outstanding", hasSize(0));

        List<JsonNode> events = pvtEvents(id, 4);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                "nl.inburgering.pvt.session-attended", "nl.inburgering.pvt.session-attended",
                "nl.inburgering.pvt.session-attended", "nl.inburgering.pvt.statement-signed");
        JsonNode signed = events.get(3).get("data");
        assertThat(signed.get("signedOn").asText()).isEqualTo(signedOn);
        assertThat(signed.get("hoursAttended").decimalValue()).isEqualByComparingTo("12");
        assertThat(signed.has("culpableDelay")).isFalse();
        assertThat(events.get(1).get("data").get("kind").asText()).isEqualTo("COMMUNITY_WALK");
        assertThat(events.toString()).doesNotContain("Amanuel").doesNotContain("Tesfay");

        // The statement as a PDF: its text, the name, the date, the municipality; the participant downloads their own.
        for (String token : List.of(officer(), DevTokens.participant(id), DevTokens.duo())) {
            byte[] pdf = given().auth().oauth2(token).get(pvt(id) + "/statement").then().statusCode(200)
                    .contentType("application/pdf").header("Content-Disposition", containsString(".pdf"))
                    .extract().asByteArray();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text).contains("Participatieverklaring")
                        .contains("vrijheid, gelijkwaardigheid, solidariteit en participatie als kernwaarden")
                        .contains("Naam: Amanuel Tesfay").contains("Gemeente: Amsterdam (GM0363)")
                        .contains("versie 2021-1");
                assertThat(text).containsPattern("Datum van ondertekening: \\d{1,2} [a-z]+ \\d{4}");
            }
        }
        assertThat(AuditTrail.count("pvt.statement.read", id, "SUCCESS")).isEqualTo(3);
        assertThat(AuditTrail.count("pvt.sign", id, "SUCCESS")).isEqualTo(1);
    }

    @Test
    void aNameBeyondTheFontIsA400AndOneWithDiacriticsPrints() throws Exception {
        UUID id = participant(participants);
        twelveHours(List.of(id));
        post(officer(), pvt(id) + "/signing", "{\"signedOn\":\"" + today() + "\",\"participantName\":\"أمانويل\"}")
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("participantName"));
        post(officer(), pvt(id) + "/signing", "{\"signedOn\":\"" + today() + "\",\"participantName\":\"Ayşe Çelik-Ğül\"}")
                .statusCode(201);
        byte[] pdf = given().auth().oauth2(officer()).get(pvt(id) + "/statement").then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Ayşe Çelik-Ğül");
        }
    }

    @Test
    void theSigningWaitsForTwelveHoursEducationAndTheWalk_N12_section6_seed() {
        UUID id = participant(participants);
        refused(sign(id, today()), "N12");
        attended("COMMUNITY_WALK", null, today().minusDays(10), "3", List.of(id));
        attended("SIGNING_CEREMONY", null, today().minusDays(8), "9", List.of(id));
        // 12 hours, but no education on the core values
        refused(sign(id, today()), "PVT-EDUCATION");
        sign(id, today()).body("detail", containsString("education on the core values"));
        attended("EDUCATION", "SOLIDARITY", today().minusDays(2), "2", List.of(id));
        // counted by the day of the signing: the education came after it
        refused(sign(id, today().minusDays(3)), "PVT-EDUCATION");
        sign(id, today().minusDays(2)).statusCode(201);
    }

    @Test
    void theSigningWaitsForTheWalk_seed() {
        UUID id = participant(participants);
        attended("EDUCATION", "FREEDOM", today().minusDays(10), "12", List.of(id));
        refused(sign(id, today()), "PVT-COMMUNITY-WALK");
    }

    @Test
    void duoRulesForTheSigningDate_SDI016_DUO_PVT() {
        UUID id = participant(participants);
        twelveHours(List.of(id));
        refused(sign(id, today().plusDays(1)), "DUO-PVT-2");
        refused(sign(id, termStart().minusDays(1)), "DUO-PVT-3");
        // verwijtbaar NO only from 2 months before the end of the term, YES only after it (E18)
        refused(post(officer(), pvt(id) + "/signing", signing(today(), "NO")), "DUO-PVT-5");
        refused(post(officer(), pvt(id) + "/signing", signing(today(), "YES")), "DUO-PVT-6");
        participants.completeZRoute(id, today().minusDays(3));
        refused(sign(id, today().minusDays(2)), "DUO-PVT-4");
        // (and the requirements by the day of the signing: 9 of the 12 hours lie before today - 5)
        refused(sign(id, today().minusDays(6)), "N12");
        sign(id, today().minusDays(3)).statusCode(201);
    }

    @Test
    void withoutATermTheSigningWaitsAndSaysWhy_TERM_NOT_YET_KNOWN() {
        UUID id = participants.known(GM, TargetGroup.FAMILY_OR_OTHER_MIGRANT);
        twelveHours(List.of(id));
        refused(sign(id, today()), "TERM-NOT-YET-KNOWN");
    }

    @Test
    void theStatementIsSignedOnceAndAWithdrawalReopensIt_PVT_SIGNED_issue10item3() {
        UUID id = participant(participants);
        twelveHours(List.of(id));
        sign(id, today().minusDays(1)).statusCode(201);
        refused(sign(id, today()), "PVT-SIGNED");

        given().auth().oauth2(officer()).contentType("application/json").body("{\"reason\":\"wrong person\"}")
                .post(pvt(id) + "/signing/withdrawal").then().statusCode(428).contentType(PROBLEM);
        given().auth().oauth2(officer()).contentType("application/json").header("If-Match", "\"7\"")
                .body("{\"reason\":\"wrong person\"}").post(pvt(id) + "/signing/withdrawal").then()
                .statusCode(412).contentType(PROBLEM);
        given().auth().oauth2(officer()).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"reason\":\"recorded for the wrong participant\"}").post(pvt(id) + "/signing/withdrawal")
                .then().statusCode(200).body("withdrawn", equalTo(true))
                .body("withdrawalReason", equalTo("recorded for the wrong participant"))
                .body("statement", nullValue());

        given().auth().oauth2(officer()).get(pvt(id)).then().statusCode(200).body("signed", equalTo(false))
                .body("readyToSign", equalTo(true)).body("withdrawnSignings", hasSize(1));
        given().auth().oauth2(officer()).get(pvt(id) + "/statement").then().statusCode(404).contentType(PROBLEM);
        List<JsonNode> events = pvtEvents(id, 5);
        JsonNode withdrawn = events.get(4);
        assertThat(withdrawn.get("type").asText()).isEqualTo("nl.inburgering.pvt.signing-withdrawn");
        assertThat(withdrawn.get("data").get("signedOn").asText()).isEqualTo(today().minusDays(1).toString());
        assertThat(withdrawn.toString()).doesNotContain("wrong participant");

        sign(id, today()).statusCode(201);
        assertThat(Db.number("select count(*) from pvt_signing where participant_id = :id", Map.of("id", id)))
                .isEqualTo(2);
    }

    @Test
    void noWithdrawalOnceIntegrationIsCompletedOrTheZRouteRestsOnIt_section9_E17() {
        UUID completed = participant(participants);
        twelveHours(List.of(completed));
        sign(completed, today().minusDays(2)).statusCode(201);
        participants.complete(completed, today().minusDays(1));
        refused(given().auth().oauth2(officer()).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"reason\":\"error\"}").post(pvt(completed) + "/signing/withdrawal").then(), "§9");

        UUID zroute = participant(participants);
        twelveHours(List.of(zroute));
        sign(zroute, today().minusDays(2)).statusCode(201);
        participants.completeZRoute(zroute, today().minusDays(1));
        refused(given().auth().oauth2(officer()).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"reason\":\"error\"}").post(pvt(zroute) + "/signing/withdrawal").then(), "E17");
    }

    @Test
    void aClosedCaseTakesNoAttendanceAndNoSigning_section9_E14() {
        UUID id = participant(participants);
        twelveHours(List.of(id));
        participants.endObligation(id, today().minusDays(1));
        refused(sign(id, today().minusDays(2)), "E14");
        UUID session = plan("EDUCATION", "FREEDOM", today(), "2", 10, null);
        refused(enrol(session, List.of(id)), "E14");
    }

    @Test
    void attendanceIsForTheEnrolledOnceAndNotBeforeTheSession_PVT_NOT_ENROLLED_PVT_ATTENDED_ONCE() {
        UUID a = participant(participants);
        UUID b = participant(participants);
        UUID session = plan("EDUCATION", "FREEDOM", today(), "3", 10, null);
        enrol(session, List.of(a)).statusCode(200).body("enrolled", hasSize(1));
        enrol(session, List.of(a)).statusCode(200).body("enrolled", hasSize(0)).body("alreadyEnrolled", hasSize(1));

        attend(officer(), session, list(List.of(a, b))).statusCode(409).contentType(PROBLEM)
                .body("rule", equalTo("PVT-NOT-ENROLLED"))
                .body("detail", containsString("1 of 2 entries")).body("detail", containsString("entries[1]"));
        assertThat(Db.number("select count(*) from pvt_attendance where session_id = :s", Map.of("s", session)))
                .as("all or none").isZero();

        attend(officer(), session, "{\"entries\":[{\"participantId\":\"" + a + "\",\"hours\":2.5}]}")
                .statusCode(200).body("attended[0].hours", equalTo(2.5f));
        refused(attend(officer(), session, list(List.of(a))), "PVT-ATTENDED-ONCE");
        given().auth().oauth2(officer()).get(pvt(a)).then().body("hoursAttended", equalTo(2.5f));

        UUID tomorrow = plan("COMMUNITY_WALK", null, today().plusDays(1), "2", 10, null);
        enrol(tomorrow, List.of(a)).statusCode(200);
        refused(attend(officer(), tomorrow, list(List.of(a))), "FACT-NOT-IN-FUTURE");
    }

    @Test
    void badListsAre400sNamingEveryEntry() {
        UUID a = participant(participants);
        UUID session = plan("EDUCATION", "FREEDOM", today(), "3", 10, null);
        enrol(session, List.of(a)).statusCode(200);
        UUID stranger = UUID.randomUUID();
        attend(officer(), session, "{\"entries\":[{\"participantId\":\"" + a + "\",\"hours\":3.5},"
                + "{\"participantId\":\"" + a + "\"},{\"participantId\":\"" + stranger + "\"}]}")
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("entries[0].hours", "entries[1].participantId")));
        attend(officer(), session, "{\"entries\":[{\"participantId\":\"" + stranger + "\"}]}")
                .statusCode(400).body("errors[0].field", equalTo("entries[0].participantId"))
                .body("errors[0].code", equalTo("unknown"));
        attend(officer(), session, "{\"entries\":[{\"participantId\":\"" + a + "\",\"hours\":0.3}]}")
                .statusCode(400).body("errors[0].field", containsString("hours"));
        attend(officer(), session, "{\"entries\":[]}").statusCode(400);
        post(officer(), "/v1/pvt-sessions", "{\"kind\":\"EDUCATION\",\"date\":\"2026-01-01\",\"hours\":13,"
                + "\"capacity\":0}").statusCode(400).contentType(PROBLEM).body("errors.field",
                        org.hamcrest.Matchers.hasItems("hours", "capacity", "place"));
        post(officer(), "/v1/pvt-sessions", PvtApi.session("EDUCATION", null, today(), "2", 10, null)).statusCode(400)
                .body("errors[0].field", equalTo("topic"));
        post(officer(), "/v1/pvt-sessions", PvtApi.session("EDUCATION", "COOKING", today(), "2", 10, null)).statusCode(400)
                .body("errors[0].code", equalTo("unknown"));
    }

    @Test
    void aSessionHoldsItsCapacity_PVT_SESSION_FULL() {
        List<UUID> three = participants.knownMany(GM, TargetGroup.FAMILY_OR_OTHER_MIGRANT, 3);
        UUID session = plan("EDUCATION", "FREEDOM", today(), "3", 2, null);
        refused(enrol(session, three), "PVT-SESSION-FULL");
        enrol(session, three.subList(0, 2)).statusCode(200);
        refused(enrol(session, three.subList(2, 3)), "PVT-SESSION-FULL");
    }

    @Test
    void aOneToOneMeetingCountsAndAWithdrawnOneNoLonger() {
        UUID id = participant(participants);
        String etag = post(officer(), pvt(id) + "/attendances", "{\"kind\":\"EDUCATION\",\"topic\":\"EQUALITY\","
                + "\"date\":\"" + today().minusDays(3) + "\",\"hours\":1.5,\"notes\":\"with an interpreter\"}")
                .statusCode(201).body("sessionId", nullValue()).extract().header("ETag");
        UUID attendance = UUID.fromString(given().auth().oauth2(officer()).get(pvt(id)).then()
                .body("hoursAttended", equalTo(1.5f)).extract().path("attendances[0].id"));
        refused(post(officer(), pvt(id) + "/attendances", "{\"kind\":\"COMMUNITY_WALK\",\"date\":\""
                + today().plusDays(1) + "\",\"hours\":1}"), "FACT-NOT-IN-FUTURE");

        given().auth().oauth2(officer()).contentType("application/json").header("If-Match", etag)
                .body("{\"reason\":\"did not take place\"}")
                .post(pvt(id) + "/attendances/" + attendance + "/withdrawal").then().statusCode(200)
                .body("withdrawn", equalTo(true));
        given().auth().oauth2(officer()).get(pvt(id)).then().body("hoursAttended", equalTo(0))
                .body("attendances[0].withdrawalReason", equalTo("did not take place"));
        refused(given().auth().oauth2(officer()).contentType("application/json").header("If-Match", "\"1\"")
                .body("{\"reason\":\"again\"}").post(pvt(id) + "/attendances/" + attendance + "/withdrawal")
                .then(), "PVT-WITHDRAWN");
        JsonNode event = pvtEvents(id, 1).get(0);
        assertThat(event.get("data").get("sessionId").asText()).as("a session of one").isEqualTo(attendance.toString());
    }

    @Test
    void hoursASigningRestsOnAreNotWithdrawn_PVT_SIGNED() {
        UUID id = participant(participants);
        twelveHours(List.of(id));
        sign(id, today()).statusCode(201);
        String attendance = given().auth().oauth2(officer()).get(pvt(id)).then().extract().path("attendances[0].id");
        refused(given().auth().oauth2(officer()).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"reason\":\"error\"}").post(pvt(id) + "/attendances/" + attendance + "/withdrawal").then(),
                "PVT-SIGNED");
    }

    @Test
    void sessionsArePagedAndFilteredForPlanners() {
        LocalDate far = today().plusYears(5);
        UUID first = plan("EDUCATION", "FREEDOM", far, "2", 10, "provider-paged");
        plan("EDUCATION", "EQUALITY", far.plusDays(1), "2", 10, null);
        plan("COMMUNITY_WALK", null, far.plusDays(2), "2", 10, "provider-paged");
        given().auth().oauth2(officer()).queryParam("from", far.toString()).queryParam("to", far.plusDays(2).toString())
                .queryParam("pageSize", 2).get("/v1/pvt-sessions").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(2)).body("items[0].id", equalTo(first.toString()))
                .header("Link", containsString("rel=\"next\""));
        given().auth().oauth2(officer()).queryParam("from", far.toString()).queryParam("provider", "provider-paged")
                .get("/v1/pvt-sessions").then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(DevTokens.pvtProvider("provider-paged")).queryParam("from", far.toString())
                .get("/v1/pvt-sessions").then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(DevTokens.officer("GM0599")).queryParam("from", far.toString())
                .get("/v1/pvt-sessions").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(officer()).queryParam("from", far.toString()).queryParam("to", today().toString())
                .get("/v1/pvt-sessions").then().statusCode(400).contentType(PROBLEM);
    }
}
