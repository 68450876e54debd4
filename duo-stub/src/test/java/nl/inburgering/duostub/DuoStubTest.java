package nl.inburgering.duostub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stub judges every exchange by DUO's own OpenAPI documents (issue 13 item 4), with the validator library: a
 * request DUO's document allows is answered as DUO would; one it does not allow is DUO's 400 and a recorded violation
 * (so a test asserting no violations fails on it); a canned answer DUO's document does not allow is refused too.
 */
class DuoStubTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String BSN = "999990019";
    static DuoStub stub;

    @BeforeAll
    static void start() throws Exception {
        stub = new DuoStub(0, "http://127.0.0.1:1", DuoStub.DEV_DUO_OIN, DuoStub.DEV_MUNICIPALITY_OIN);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @BeforeEach
    void reset() throws Exception {
        send("POST", "/_stub/reset", null, false);
    }

    static HttpResponse<String> send(String method, String path, String body, boolean duoHeaders) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stub.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            r.header("Content-Type", "application/json");
        }
        if (duoHeaders) {
            r.header("bron", DuoStub.DEV_MUNICIPALITY_OIN).header("doel", DuoStub.DEV_DUO_OIN)
                    .header("berichtId", UUID.randomUUID().toString());
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode violations() throws Exception {
        return JSON.readTree(send("GET", "/_stub/violations", null, false).body());
    }

    @Test
    void aPipAsDuosDocumentDefinesItIsRegistered_201_andReadBackAsDuoKeepsIt() throws Exception {
        HttpResponse<String> posted = send("POST", "/personen/" + BSN + "/PIP",
                "{\"dagtekeningPip\":\"2026-02-01\",\"leerroute\":\"B\",\"niveau\":\"B1\","
                        + "\"indicatorAlfabetiseringsonderwijs\":\"NVT\"}", true);
        assertThat(posted.statusCode()).isEqualTo(201);
        assertThat(posted.headers().firstValue("API-Version")).contains("1.2.0");
        HttpResponse<String> read = send("GET", "/personen/" + BSN + "/PIP", null, true);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).at("/pip/leerroute").asText()).isEqualTo("B");
        assertThat(violations()).isEmpty();
    }

    @Test
    void aDeliberatelyInvalidPipIsRefusedWithDuos400_andRecordedAsAViolation() throws Exception {
        // Leerroute X is no DUO code, niveau B2 is not NiveauPip, and the required dagtekeningPip is missing.
        HttpResponse<String> posted = send("POST", "/personen/" + BSN + "/PIP",
                "{\"leerroute\":\"X\",\"niveau\":\"B2\"}", true);
        assertThat(posted.statusCode()).isEqualTo(400);
        JsonNode v = violations();
        assertThat(v).hasSize(1);
        assertThat(v.get(0).path("violations").toString()).contains("leerroute").contains("niveau")
                .contains("dagtekeningPip");
    }

    @Test
    void theHeadersDuoRequiresAreChecked_aBsnOfEightDigitsToo() throws Exception {
        assertThat(send("PUT", "/personen/" + BSN + "/map", "{\"datumEindgesprekMap\":\"2026-05-01\"}", false)
                .statusCode()).as("no bron, doel, berichtId").isEqualTo(400);
        assertThat(send("PUT", "/personen/12345678/map", "{\"datumEindgesprekMap\":\"2026-05-01\"}", true)
                .statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/personen/" + BSN + "/map", "{\"datumEindgesprekMap\":\"2026-05-01\","
                + "\"verwijtbaar\":\"Ja\"}", true).statusCode()).isEqualTo(200);
        assertThat(violations()).hasSize(2);
    }

    @Test
    void aCannedAnswerDuoCouldNotGiveIsRefusedToo() throws Exception {
        // The Inburgeringsplicht requires indicatorInburgeringsplicht.
        send("PUT", "/_stub/responses", "{\"method\":\"GET\",\"path\":\"/personen/" + BSN + "/inburgeringsplicht\","
                + "\"status\":200,\"body\":{\"begindatum\":\"2026-01-15\"}}", false);
        assertThat(send("GET", "/personen/" + BSN + "/inburgeringsplicht", null, true).statusCode()).isEqualTo(500);
        assertThat(violations().get(0).path("violations").toString()).contains("indicatorInburgeringsplicht");

        send("PUT", "/_stub/responses", "{\"method\":\"GET\",\"path\":\"/personen/" + BSN + "/inburgeringsplicht\","
                + "\"status\":200,\"body\":{\"begindatum\":\"2026-01-15\",\"indicatorInburgeringsplicht\":true,"
                + "\"datumKennisgevingInburgeringsplicht\":\"2026-01-20\"}}", false);
        assertThat(send("GET", "/personen/" + BSN + "/inburgeringsplicht", null, true).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownPathIs404_andAForcedFailureAnswersAsOrderedThenNormally() throws Exception {
        assertThat(send("GET", "/personen/" + BSN + "/iets", null, true).statusCode()).isEqualTo(404);
        send("POST", "/_stub/failures", "{\"method\":\"PUT\",\"pathPattern\":\"/personen/[0-9]{9}/pvt\","
                + "\"status\":503,\"times\":1}", false);
        String pvt = "{\"datumOndertekeningPvt\":\"2026-05-01\"}";
        assertThat(send("PUT", "/personen/" + BSN + "/pvt", pvt, true).statusCode()).isEqualTo(503);
        assertThat(send("PUT", "/personen/" + BSN + "/pvt", pvt, true).statusCode()).isEqualTo(200);
    }

    @Test
    void aNotificationThatDuosDocumentRefusesIsNotSent() throws Exception {
        JsonNode result = JSON.readTree(send("POST", "/_stub/notificaties",
                "{\"bsn\":\"" + BSN + "\",\"gebeurtenisId\":\"ss101\"}", false).body());
        assertThat(result.path("status").asInt()).isZero();
        assertThat(result.path("violations").toString()).contains("not sent").contains("gebeurtenisId");
    }

    /** Found by CI at 22:06:00: the stub wrote "2026-12-07T22:06Z" and DUO's Notificatie document refused it. */
    @Test
    void registratieDatumTijdKeepsItsSecondsAtAWholeMinute_asDuosNotificatieDocumentRequires() throws Exception {
        String wholeMinute = DuoStub.registrationTime(java.time.Instant.parse("2026-12-07T22:06:00.581849248Z"));
        assertThat(wholeMinute).isEqualTo("2026-12-07T22:06:00Z");
        assertThat(DuoStub.registrationTime(java.time.Instant.parse("2026-12-07T22:06:07Z")))
                .isEqualTo("2026-12-07T22:06:07Z");
        JsonNode result = JSON.readTree(send("POST", "/_stub/notificaties", "{\"bsn\":\"" + BSN
                + "\",\"gebeurtenisId\":\"SS101\",\"registratieDatumTijd\":\"" + wholeMinute + "\"}", false).body());
        assertThat(result.path("violations").toString()).doesNotContain("registratieDatumTijd").doesNotContain("not sent");
    }
}
