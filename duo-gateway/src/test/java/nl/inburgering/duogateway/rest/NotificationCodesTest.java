package nl.inburgering.duogateway.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.duogateway.support.GatewayTestResource;
import nl.inburgering.duogateway.support.OurServicesFake;
import nl.inburgering.duogateway.support.Stub;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.localstack.LocalStackResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 2, per event code (rules §10): what DUO's notification changes here, asked of DUO's APIs (the stub,
 * which judges each request) and told to our services as DUO would, each command once.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
@QuarkusTestResource(GatewayTestResource.class)
class NotificationCodesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static OurServicesFake services;

    @TestHTTPResource("/duo/v1")
    URL gateway;

    @BeforeAll
    static void startFake() {
        services = new OurServicesFake();
        // pip-service knows nobody, but for the BSNs a test makes known.
        services.answer("POST", "/v1/participants/_search", 200, "{\"items\":[]}");
    }

    @AfterAll
    static void stopFake() {
        services.close();
    }

    @BeforeEach
    void reset() {
        Stub.reset();
    }

    /** A participant pip-service knows by this BSN (the search answers it for this BSN only). */
    static UUID known(String bsn) {
        UUID id = UUID.randomUUID();
        services.answerWhenBody("POST", "/v1/participants/_search", "\"bsn\":\"" + bsn + "\"", 200,
                "{\"items\":[{\"id\":\"" + id + "\"}]}");
        return id;
    }

    /** DUO notifies {@code code} for {@code bsn}; returns the task's final status and outcome. */
    String[] notifyAndAwait(String code, String bsn) {
        String berichtId = UUID.randomUUID().toString();
        JsonNode exchange = Stub.notify(gateway.toString().replaceAll("/$", ""), "{\"bsn\":\"" + bsn
                + "\",\"gebeurtenisId\":\"" + code + "\",\"berichtId\":\"" + berichtId
                + "\",\"registratieDatumTijd\":\"2026-03-02T08:00:00Z\"}");
        assertThat(exchange.path("status").asInt()).isEqualTo(201);
        Map<String, Object> b = Map.of("b", berichtId);
        await().atMost(Duration.ofSeconds(20)).until(() -> List.of("DONE", "DEAD").contains(Db.text(
                "select status from task where bericht_id = cast(:b as uuid)", b)));
        return new String[] {Db.text("select status from task where bericht_id = cast(:b as uuid)", b),
                Db.text("select outcome from task where bericht_id = cast(:b as uuid)", b), berichtId};
    }

    static JsonNode lastBody(String method, String path) throws Exception {
        List<OurServicesFake.Call> calls = services.calls(method, path);
        assertThat(calls).as(method + " " + path).isNotEmpty();
        return JSON.readTree(calls.get(calls.size() - 1).body());
    }

    @Test
    void ss199_everyResultDuoListsGoesToExamService_withAReferenceOfDuosOwnData() throws Exception {
        String bsn = "999990071";
        UUID id = known(bsn);
        Stub.duoKnows("/personen/" + bsn + "/examens/resultaten", "[{\"examendatum\":\"2026-02-10\",\"resultaat\":"
                + "\"Geslaagd\",\"onderdeel\":\"LE\",\"niveau\":\"B1\"},{\"examendatum\":\"2026-02-11\",\"resultaat\":"
                + "\"Geen\",\"redenGeenResultaat\":\"Absent\",\"onderdeel\":\"KNM\"}]");
        services.answer("POST", "/v1/participants/" + id + "/results-booked-elsewhere", 201, "{}");
        String[] outcome = notifyAndAwait("SS199", bsn);
        assertThat(outcome[0]).isEqualTo("DONE");
        List<OurServicesFake.Call> results = services.calls("POST", "/v1/participants/" + id + "/results-booked-elsewhere");
        assertThat(results).hasSize(2);
        JsonNode reading = JSON.readTree(results.get(0).body());
        assertThat(reading.path("component").asText()).isEqualTo("READING");
        assertThat(reading.path("level").asText()).isEqualTo("B1");
        assertThat(reading.at("/result/outcome").asText()).isEqualTo("PASSED");
        assertThat(reading.at("/result/resultDate").asText()).isEqualTo("2026-02-10");
        assertThat(reading.path("reference").asText()).isEqualTo("DUO-LE-2026-02-10-B1");
        JsonNode knm = JSON.readTree(results.get(1).body());
        assertThat(knm.has("level")).isFalse();
        assertThat(knm.at("/result/outcome").asText()).isEqualTo("NO_RESULT");
        assertThat(knm.at("/result/noResultReason").asText()).isEqualTo("ABSENT");
        assertThat(Stub.violations()).isEmpty();
    }

    @Test
    void ss110_endsTheObligationTheDayAfterDuosInclusiveEinddatum_andE14MeansAlreadySo() throws Exception {
        String bsn = "999990083";
        UUID id = known(bsn);
        Stub.duoKnows("/personen/" + bsn + "/inburgeringsplicht", "{\"indicatorInburgeringsplicht\":false,"
                + "\"einddatum\":\"2026-02-28\",\"redenGeenInburgeringsplicht\":\"Vertrek uit Nederland langer dan een jaar\"}");
        services.answer("POST", "/v1/participants/" + id + "/obligation-end", 201, "{}");
        String[] done = notifyAndAwait("SS110", bsn);
        assertThat(done[0]).isEqualTo("DONE");
        JsonNode end = lastBody("POST", "/v1/participants/" + id + "/obligation-end");
        assertThat(end.path("reason").asText()).isEqualTo("LEFT_COUNTRY");
        assertThat(end.path("endedOn").asText()).isEqualTo("2026-03-01");
        assertThat(services.calls("POST", "/v1/participants/" + id + "/obligation-end").get(0).header("Idempotency-Key"))
                .isEqualTo(done[2]);

        services.answer("POST", "/v1/participants/" + id + "/obligation-end", 409, "{\"rule\":\"E14\"}");
        String[] again = notifyAndAwait("SS111", bsn);
        assertThat(again[0]).isEqualTo("DONE");
        assertThat(again[1]).contains("already so").contains("E14");
    }

    @Test
    void ss124_changesTheTargetGroupFromDuosBegindatum_withTheRightsDuoNames() throws Exception {
        String bsn = "999990095";
        UUID id = known(bsn);
        Stub.duoKnows("/personen/" + bsn + "/doelgroep", "{\"indeling\":\"Gezinsmigrant en overige migrant\","
                + "\"begindatum\":\"2026-02-20\",\"asielrechtenWijzigingVerblijfsdoel\":\"Behoud asielrechten\"}");
        services.answer("POST", "/v1/participants/" + id + "/target-group-changes", 201, "{}");
        assertThat(notifyAndAwait("SS124", bsn)[0]).isEqualTo("DONE");
        JsonNode change = lastBody("POST", "/v1/participants/" + id + "/target-group-changes");
        assertThat(change.path("targetGroup").asText()).isEqualTo("FAMILY_OR_OTHER_MIGRANT");
        assertThat(change.path("effectiveDate").asText()).isEqualTo("2026-02-20");
        assertThat(change.path("rightsAfterChange").asText()).isEqualTo("ASYLUM_RIGHTS_KEPT");
    }

    @Test
    void ss117AndSs119_grantTheExemptionsDuoGranted_notTheOnesItRefused() throws Exception {
        String bsn = "999990101";
        UUID id = known(bsn);
        Stub.duoKnows("/personen/" + bsn + "/vrijstellingen", "[{\"GedeeltelijkeVrijstelling\":{\"reden\":\"GED\","
                + "\"oordeel\":\"Toekenning\",\"datumOordeel\":\"2026-02-01\",\"examenonderdeel\":\"LE\",\"examenniveau\":"
                + "\"B1\"}},{\"GedeeltelijkeVrijstelling\":{\"reden\":\"GED\",\"oordeel\":\"Afwijzing\",\"examenonderdeel\":"
                + "\"SP\"}},{\"GeheleVrijstelling\":{\"reden\":\"DIP\",\"oordeel\":\"Toekenning\"}}]");
        Stub.duoKnows("/personen/" + bsn + "/ontheffingen", "[{\"GedeeltelijkeOntheffing\":{\"grond\":\"MED\","
                + "\"oordeel\":\"Toekenning\",\"datumOordeel\":\"2026-02-15\",\"examenonderdeel\":\"KNM\","
                + "\"urenBelastbaarheidParticipatieactiviteit\":0}}]");
        services.answer("POST", "/v1/participants/" + id + "/exemptions", 201, "{}");
        assertThat(notifyAndAwait("SS117", bsn)[0]).isEqualTo("DONE");
        List<OurServicesFake.Call> granted = services.calls("POST", "/v1/participants/" + id + "/exemptions");
        assertThat(granted).hasSize(1);
        JsonNode partial = JSON.readTree(granted.get(0).body());
        assertThat(partial.path("ground").asText()).isEqualTo("GED");
        assertThat(partial.path("scope").asText()).isEqualTo("PARTIAL");
        assertThat(partial.path("components").toString()).isEqualTo("[\"READING\"]");
        assertThat(partial.path("level").asText()).isEqualTo("B1");

        assertThat(notifyAndAwait("SS119", bsn)[0]).isEqualTo("DONE");
        JsonNode ontheffing = lastBody("POST", "/v1/participants/" + id + "/exemptions");
        assertThat(ontheffing.path("kind").asText()).isEqualTo("ONTHEFFING");
        assertThat(ontheffing.path("components").toString()).isEqualTo("[\"KNM\"]");
        assertThat(ontheffing.path("participationHoursCap").asInt()).isZero();
        assertThat(Stub.violations()).isEmpty();
    }

    @Test
    void ss103_grantsTheDaysByWhichDuosTermOutlastsOurs_ss102OnlyCompares() throws Exception {
        String bsn = "999990113";
        UUID id = known(bsn);
        Stub.duoKnows("/personen/" + bsn + "/inburgeringstermijn", "{\"startdatum\":\"2026-02-02\",\"einddatum\":"
                + "\"2029-08-02\",\"wijzigingsdatum\":\"2026-03-01\",\"verlengingsgrondcode\":\"7\"}");
        services.answer("GET", "/v1/participants/" + id + "/term", 200, "{\"started\":true,\"startDate\":\"2026-02-02\","
                + "\"endDateExclusive\":\"2029-02-02\"}");
        services.answer("POST", "/v1/participants/" + id + "/term/extensions", 201, "{}");
        assertThat(notifyAndAwait("SS102", bsn)[1]).contains("DUO's term 2026-02-02..2029-08-02");
        assertThat(services.calls("POST", "/v1/participants/" + id + "/term/extensions")).isEmpty();
        assertThat(services.calls("POST", "/v1/participants/" + id + "/term/extensions")).isEmpty();
        assertThat(notifyAndAwait("SS103", bsn)[0]).isEqualTo("DONE");
        JsonNode extension = lastBody("POST", "/v1/participants/" + id + "/term/extensions");
        assertThat(extension.path("extraTime").asText()).isEqualTo("P181D");
        assertThat(extension.path("ground").asText()).isEqualTo("OTHER");
        assertThat(extension.path("decidedOn").asText()).isEqualTo("2026-03-01");
        assertThat(extension.has("requestedOn")).isFalse();
    }

    @Test
    void ss121ForAPersonNewHere_registersWithDuosRunningTerm_ss120ForOneKnown_movesThem() throws Exception {
        String bsn = "999990125";
        UUID registered = UUID.randomUUID();
        services.answer("POST", "/v1/participants", 201, "{\"id\":\"" + registered + "\"}");
        Stub.duoKnows("/personen/" + bsn + "/inburgeringsplicht", "{\"indicatorInburgeringsplicht\":true,"
                + "\"begindatum\":\"2025-03-01\"}");
        Stub.duoKnows("/personen/" + bsn + "/doelgroep", "{\"indeling\":\"Gezinsmigrant en overige migrant\"}");
        Stub.duoKnows("/personen/" + bsn + "/inburgeringstermijn", "{\"startdatum\":\"2025-06-02\",\"einddatum\":\"2028-06-02\"}");
        Stub.brpKnows(bsn, "B. Haddad", "1988-01-05", "2026-02-25", "0599");
        assertThat(notifyAndAwait("SS121", bsn)[0]).isEqualTo("DONE");
        JsonNode registration = lastBody("POST", "/v1/participants");
        // Review #8: DUO notified this municipality; the BRP's 0599 (e.g. a COA's) is information only.
        assertThat(registration.path("municipalityCode").asText()).isEqualTo("GM0363");
        assertThat(registration.at("/runningTerm/startDate").asText()).isEqualTo("2025-06-02");
        assertThat(registration.at("/runningTerm/endDate").asText()).isEqualTo("2028-06-02");
        assertThat(registration.path("notificationDate").asText()).as("DUO gave no kennisgeving date: the notification's")
                .isEqualTo("2026-03-02");

        UUID id = known(bsn);
        services.answer("POST", "/v1/participants/" + id + "/moves", 201, "{}");
        assertThat(notifyAndAwait("SS120", bsn)[0]).isEqualTo("DONE");
        JsonNode move = lastBody("POST", "/v1/participants/" + id + "/moves");
        assertThat(move.path("toMunicipalityCode").asText()).isEqualTo("GM0363");
        assertThat(move.path("movedOn").asText()).isEqualTo("2026-02-25");
        assertThat(Stub.violations()).isEmpty();
    }

    @Test
    void aCodeThatChangesNothingHereIsRecordedOnly_andARuleOurServiceRefusesIsDeadForAnOperator() {
        assertThat(notifyAndAwait("SS106", "999990137")[1]).contains("recorded only");
        String bsn = "999990149";
        UUID id = known(bsn);
        Stub.duoKnows("/personen/" + bsn + "/doelgroep", "{\"indeling\":\"Asielstatushouder\"}");
        services.answer("POST", "/v1/participants/" + id + "/target-group-changes", 409,
                "{\"rule\":\"FACT-NOT-IN-FUTURE\"}");
        String[] dead = notifyAndAwait("SS125", bsn);
        assertThat(dead[0]).isEqualTo("DEAD");
        assertThat(dead[1]).contains("409").contains("FACT-NOT-IN-FUTURE");
        assertThat(Db.number("select attempts from task where bericht_id = cast(:b as uuid)", Map.of("b", dead[2])))
                .isEqualTo(1);
    }

    @Test
    void review8_ss101RegistersUnderTheMunicipalityDuoNotified_notTheBrpsCoa() throws Exception {
        String bsn = "999990221";
        UUID registered = UUID.randomUUID();
        services.answer("POST", "/v1/participants", 201, "{\"id\":\"" + registered + "\"}");
        Stub.duoKnows("/personen/" + bsn + "/inburgeringsplicht", "{\"indicatorInburgeringsplicht\":true,"
                + "\"begindatum\":\"2026-02-01\"}");
        Stub.duoKnows("/personen/" + bsn + "/doelgroep", "{\"indeling\":\"Asielstatushouder\"}");
        Stub.brpKnows(bsn, "C. Tesfay", "1995-07-01", "2026-01-20", "1680"); // a COA's municipality
        String[] done = notifyAndAwait("SS101", bsn);
        assertThat(done[0]).isEqualTo("DONE");
        assertThat(done[1]).contains("GM1680");
        JsonNode registration = JSON.readTree(services.calls("POST", "/v1/participants").stream()
                .filter(c -> c.body().contains(bsn)).reduce((a, b) -> b).orElseThrow().body());
        assertThat(registration.path("municipalityCode").asText()).isEqualTo("GM0363");
    }

    @Test
    void ss128Ss139AndSs129RegisterANewlyObligedPerson_anAlreadyKnownOneIsNotRegisteredAgain() throws Exception {
        for (String[] c : new String[][] {{"SS128", "999990233"}, {"SS139", "999990245"}, {"SS129", "999990342"}}) {
            String bsn = c[1];
            UUID registered = UUID.randomUUID();
            services.answerWhenBody("POST", "/v1/participants", "\"bsn\":\"" + bsn + "\"", 201,
                    "{\"id\":\"" + registered + "\"}");
            Stub.duoKnows("/personen/" + bsn + "/inburgeringsplicht", "{\"indicatorInburgeringsplicht\":true,"
                    + "\"begindatum\":\"2026-02-01\"}");
            Stub.duoKnows("/personen/" + bsn + "/doelgroep", "{\"indeling\":\"Gezinsmigrant en overige migrant\"}");
            Stub.brpKnows(bsn, "D. Osei", "1960-03-01", "2026-01-20", "0363");
            String[] done = notifyAndAwait(c[0], bsn);
            assertThat(done[0]).as(c[0]).isEqualTo("DONE");
            assertThat(done[1]).as(c[0]).contains("registered " + registered);
            known(bsn);
            assertThat(notifyAndAwait(c[0], bsn)[1]).as(c[0] + " again").contains("registered already");
            assertThat(services.calls("POST", "/v1/participants").stream().filter(x -> x.body().contains(bsn)))
                    .as(c[0]).hasSize(1);
        }
    }

    @Test
    void ss111WithoutDuosReasonEndsTheObligationAsDeceased() throws Exception {
        String bsn = "999990257";
        UUID id = known(bsn);
        Stub.duoKnows("/personen/" + bsn + "/inburgeringsplicht", "{\"indicatorInburgeringsplicht\":false,"
                + "\"einddatum\":\"2026-02-27\"}");
        services.answer("POST", "/v1/participants/" + id + "/obligation-end", 201, "{}");
        assertThat(notifyAndAwait("SS111", bsn)[0]).isEqualTo("DONE");
        JsonNode end = lastBody("POST", "/v1/participants/" + id + "/obligation-end");
        assertThat(end.path("reason").asText()).isEqualTo("DECEASED");
        assertThat(end.path("endedOn").asText()).isEqualTo("2026-02-28");
    }

    @Test
    void ss107Ss108Ss109_grantFullAndTemporaryExemptions_review5_andOneListedAgainIsRecordedOnce() throws Exception {
        String bsn = "999990269";
        UUID id = known(bsn);
        Stub.duoKnows("/personen/" + bsn + "/vrijstellingen", "[{\"GeheleVrijstelling\":{\"reden\":\"DIP\","
                + "\"oordeel\":\"Toekenning\"}},{\"TijdelijkeVrijstelling\":{\"reden\":\"INS\",\"oordeel\":"
                + "\"Toekenning\",\"startdatum\":\"2026-03-01\",\"einddatum\":\"2026-08-31\"}}]");
        Stub.duoKnows("/personen/" + bsn + "/ontheffingen", "[{\"GeheleOntheffing\":{\"grond\":\"BIO\","
                + "\"oordeel\":\"Toekenning\",\"datumOordeel\":\"2026-02-10\"}}]");
        String path = "/v1/participants/" + id + "/exemptions";
        services.answer("POST", path, 201, "{}");
        assertThat(notifyAndAwait("SS107", bsn)[0]).isEqualTo("DONE");
        assertThat(lastBody("POST", path).path("scope").asText()).isEqualTo("FULL");
        assertThat(notifyAndAwait("SS108", bsn)[0]).isEqualTo("DONE");
        assertThat(lastBody("POST", path).path("kind").asText()).isEqualTo("ONTHEFFING");
        assertThat(notifyAndAwait("SS109", bsn)[0]).isEqualTo("DONE");
        JsonNode temporary = lastBody("POST", path);
        assertThat(temporary.path("validUntil").asText()).isEqualTo("2026-08-31");
        List<OurServicesFake.Call> first = services.calls("POST", path);
        assertThat(first).hasSize(3);

        // DUO lists the same full vrijstelling in a later notification (another day: the stand-in decision date
        // differs, so the body does): the same key, DUO's entry; deadline-service answers the key reused.
        services.answer("POST", path, 409, "{\"rule\":\"Idempotency-Key\"}");
        String[] again = notifyAndAwait("SS107", bsn);
        assertThat(again[0]).isEqualTo("DONE");
        assertThat(again[1]).contains("recorded before");
        List<OurServicesFake.Call> all = services.calls("POST", path);
        assertThat(all.get(3).header("Idempotency-Key")).isEqualTo(first.get(0).header("Idempotency-Key"));
        // A temporary one overlapping one recorded here is the same fact, not a conflict for an operator.
        services.answer("POST", path, 409, "{\"rule\":\"EXEMPTION-TEMPORARY-OVERLAP\"}");
        assertThat(notifyAndAwait("SS109", bsn)[0]).isEqualTo("DONE");
    }

    @Test
    void review12_oneDecisionThatCannotBeRecordedIsFlaggedAtOnce_theOthersAreRecorded() throws Exception {
        String bsn = "999990270";
        UUID id = known(bsn);
        // An hours-only partial ontheffing (DUO's examenonderdeel is optional) beside a full one.
        Stub.duoKnows("/personen/" + bsn + "/ontheffingen", "[{\"GedeeltelijkeOntheffing\":{\"grond\":\"MED\","
                + "\"oordeel\":\"Toekenning\",\"datumOordeel\":\"2026-02-15\",\"urenBelastbaarheidParticipatieactiviteit\":"
                + "200}},{\"GedeeltelijkeOntheffing\":{\"grond\":\"MED\",\"oordeel\":\"Toekenning\",\"datumOordeel\":"
                + "\"2026-02-15\",\"examenonderdeel\":\"KNM\"}}]");
        services.answer("POST", "/v1/participants/" + id + "/exemptions", 201, "{}");
        String[] dead = notifyAndAwait("SS119", bsn);
        assertThat(dead[0]).isEqualTo("DEAD");
        assertThat(dead[1]).contains("without examenonderdeel").contains("KNM of 2026-02-15: granted");
        assertThat(Db.number("select attempts from task where bericht_id = cast(:b as uuid)", Map.of("b", dead[2])))
                .isEqualTo(1);
        assertThat(services.calls("POST", "/v1/participants/" + id + "/exemptions")).hasSize(1);
    }

    @Test
    void review4_aCorrectedResultIsFlaggedForAnOperator_theOtherResultsAreRecorded_andA4IsKnownOnlyWithItsResult()
            throws Exception {
        String bsn = "999990281";
        UUID id = known(bsn);
        Stub.duoKnows("/personen/" + bsn + "/examens/resultaten", "[{\"examendatum\":\"2026-02-10\",\"resultaat\":"
                + "\"Geslaagd\",\"onderdeel\":\"LE\",\"niveau\":\"B1\"},{\"examendatum\":\"2026-02-11\",\"resultaat\":"
                + "\"Geslaagd\",\"onderdeel\":\"KNM\"},{\"examendatum\":\"2026-02-12\",\"resultaat\":\"Geslaagd\","
                + "\"onderdeel\":\"SP\",\"niveau\":\"B1\"}]");
        String path = "/v1/participants/" + id + "/results-booked-elsewhere";
        services.answer("POST", path, 201, "{}");
        services.answerWhenBody("POST", path, "DUO-LE-2026-02-10-B1", 409, "{\"rule\":\"DUO-EXAMEN-2\"}");
        // SP on 2026-02-12 was registered here; its provider has not recorded the result yet.
        services.answerWhenBody("POST", path, "DUO-SP-2026-02-12-B1", 409, "{\"rule\":\"EXAM-ONE-SITTING-PER-DAY\"}");
        services.answer("GET", "/v1/participants/" + id + "/exams", 200, "{\"registrations\":[{\"component\":"
                + "\"SPEAKING\",\"examDate\":\"2026-02-12\"}]}");
        String berichtId = UUID.randomUUID().toString();
        Stub.notify(gateway.toString().replaceAll("/$", ""), "{\"bsn\":\"" + bsn + "\",\"gebeurtenisId\":\"SS199\","
                + "\"berichtId\":\"" + berichtId + "\"}");
        Map<String, Object> b = Map.of("b", berichtId);
        // Waiting for the provider's result: retried, the others recorded meanwhile.
        await().atMost(Duration.ofSeconds(20)).until(() -> services.calls("POST", path).size() >= 3
                && "PENDING".equals(Db.text("select status from task where bericht_id = cast(:b as uuid)", b)));
        assertThat(services.calls("POST", path).stream().filter(c -> c.body().contains("DUO-KNM-2026-02-11")))
                .isNotEmpty();
        // The provider records it: the SP result is known; the LE correction remains for an operator.
        services.answer("GET", "/v1/participants/" + id + "/exams", 200, "{\"registrations\":[{\"component\":"
                + "\"SPEAKING\",\"examDate\":\"2026-02-12\",\"result\":{\"outcome\":\"PASSED\"}}]}");
        await().atMost(Duration.ofSeconds(20)).until(() -> "DEAD".equals(Db.text(
                "select status from task where bericht_id = cast(:b as uuid)", b)));
        String outcome = Db.text("select outcome from task where bericht_id = cast(:b as uuid)", b);
        assertThat(outcome).contains("DUO-LE-2026-02-10-B1: DUO's result differs").contains("DUO-KNM-2026-02-11")
                .contains("DUO-SP-2026-02-12-B1: known, the registration here has its result");
    }

    @Test
    void review4_aResultExamServiceRefusesForGoodIsFlaggedAtOnce_theOthersAreRecorded() throws Exception {
        String bsn = "999990293";
        UUID id = known(bsn);
        Stub.duoKnows("/personen/" + bsn + "/examens/resultaten", "[{\"examendatum\":\"2026-02-10\",\"resultaat\":"
                + "\"Geslaagd\",\"onderdeel\":\"LE\",\"niveau\":\"B1\"},{\"examendatum\":\"2026-02-11\","
                + "\"resultaat\":\"Geen\",\"onderdeel\":\"KNM\",\"redenGeenResultaat\":\"Absent\"}]");
        String path = "/v1/participants/" + id + "/results-booked-elsewhere";
        services.answer("POST", path, 201, "{}");
        services.answerWhenBody("POST", path, "DUO-KNM-2026-02-11", 400, "{\"status\":400}");
        String[] dead = notifyAndAwait("SS199", bsn);
        assertThat(dead[0]).isEqualTo("DEAD");
        assertThat(dead[1]).contains("DUO-LE-2026-02-10-B1: recorded").contains("DUO-KNM-2026-02-11");
        assertThat(Db.number("select attempts from task where bericht_id = cast(:b as uuid)", Map.of("b", dead[2])))
                .isEqualTo(1);
    }

    @Test
    void review13_ss103GrantsTheDaysOfDuosLastChange_ss104DecidesTheRequestFiledHere_ss102WithoutOurTermIsDone()
            throws Exception {
        String bsn = "999990305";
        UUID id = known(bsn);
        Stub.duoKnows("/personen/" + bsn + "/inburgeringstermijn", "{\"startdatum\":\"2026-02-02\",\"einddatum\":"
                + "\"2029-08-02\",\"wijzigingsdatum\":\"2026-03-01\",\"verlengingsgrondcode\":\"7\"}");
        Stub.duoKnows("/personen/" + bsn + "/inburgeringstermijn/historie", "[{\"einddatum\":\"2029-02-02\","
                + "\"wijzigingsdatum\":\"2026-02-02\"},{\"einddatum\":\"2029-08-02\",\"wijzigingsdatum\":\"2026-03-01\"}]");
        services.answer("GET", "/v1/participants/" + id + "/term", 200, "{\"started\":false}");
        String[] compared = notifyAndAwait("SS102", bsn);
        assertThat(compared[0]).isEqualTo("DONE");
        assertThat(compared[1]).contains("has not started");

        // Our term started a month later than DUO's (from our PIP): DUO's 181 days, not the 153 between the ends.
        services.answer("GET", "/v1/participants/" + id + "/term", 200, "{\"started\":true,\"startDate\":"
                + "\"2026-03-02\",\"endDateExclusive\":\"2029-03-02\"}");
        services.answer("POST", "/v1/participants/" + id + "/term/extensions", 201, "{}");
        assertThat(notifyAndAwait("SS103", bsn)[0]).isEqualTo("DONE");
        JsonNode extension = lastBody("POST", "/v1/participants/" + id + "/term/extensions");
        assertThat(extension.path("extraTime").asText()).isEqualTo("P181D");
        String key = services.calls("POST", "/v1/participants/" + id + "/term/extensions").get(0).header("Idempotency-Key");

        UUID request = UUID.randomUUID();
        services.answer("GET", "/v1/participants/" + id + "/term/extensions", 200, "{\"items\":[{\"id\":\""
                + request + "\",\"status\":\"REQUESTED\"}]}");
        assertThat(notifyAndAwait("SS104", bsn)[0]).isEqualTo("DONE");
        JsonNode onRequest = lastBody("POST", "/v1/participants/" + id + "/term/extensions");
        assertThat(onRequest.path("requestId").asText()).isEqualTo(request.toString());
        assertThat(onRequest.has("ground")).isFalse();
        assertThat(services.calls("POST", "/v1/participants/" + id + "/term/extensions").get(1).header("Idempotency-Key"))
                .as("DUO's same change: the same key, granted once").isEqualTo(key);
    }
}
