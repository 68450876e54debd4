package nl.inburgering.duogateway.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DUO's Notificatie API 1.8.0: what the document allows DUO to send, and what it does not (400). */
class NotificatieCheckTest {

    static final String DUO = "00000099000000000001";
    static final String US = "00000099000000000363";
    static final String UUID = "5b0e2a57-1c7d-4e1a-9f6b-2d3c4e5f6a7b";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "all fields|{\"registratieDatumTijd\":\"2026-01-21T09:30:00Z\",\"gebeurtenisId\":\"SS101\",\"bsn\":\"999990019\",\"vNummer\":1234567890}|",
            "only the required ones|{\"registratieDatumTijd\":\"2026-01-21T09:30:00+01:00\",\"gebeurtenisId\":\"1\"}|",
            "a field the document does not list (additionalProperties not forbidden)|{\"registratieDatumTijd\":\"2026-01-21T09:30:00Z\",\"gebeurtenisId\":\"SS101\",\"nieuw\":1}|",
            "registratieDatumTijd required|{\"gebeurtenisId\":\"SS101\"}|registratieDatumTijd is required",
            "registratieDatumTijd format date-time|{\"registratieDatumTijd\":\"2026-01-21\",\"gebeurtenisId\":\"SS101\"}|registratieDatumTijd must be a date-time",
            "gebeurtenisId required|{\"registratieDatumTijd\":\"2026-01-21T09:30:00Z\"}|gebeurtenisId is required",
            "gebeurtenisId pattern ^[0-9A-Z]{1,6}$ (capitals)|{\"registratieDatumTijd\":\"2026-01-21T09:30:00Z\",\"gebeurtenisId\":\"ss101\"}|gebeurtenisId must be",
            "gebeurtenisId maxLength 6|{\"registratieDatumTijd\":\"2026-01-21T09:30:00Z\",\"gebeurtenisId\":\"SS10101\"}|gebeurtenisId must be",
            "gebeurtenisId type string|{\"registratieDatumTijd\":\"2026-01-21T09:30:00Z\",\"gebeurtenisId\":101}|gebeurtenisId must be",
            "bsn 9 characters|{\"registratieDatumTijd\":\"2026-01-21T09:30:00Z\",\"gebeurtenisId\":\"SS101\",\"bsn\":\"12345678\"}|bsn must be 9 digits",
            "bsn pattern digits|{\"registratieDatumTijd\":\"2026-01-21T09:30:00Z\",\"gebeurtenisId\":\"SS101\",\"bsn\":\"12345678a\"}|bsn must be 9 digits",
            "bsn type string|{\"registratieDatumTijd\":\"2026-01-21T09:30:00Z\",\"gebeurtenisId\":\"SS101\",\"bsn\":999990019}|bsn must be 9 digits",
            "vNummer maximum 9999999999|{\"registratieDatumTijd\":\"2026-01-21T09:30:00Z\",\"gebeurtenisId\":\"SS101\",\"vNummer\":10000000000}|vNummer must be",
            "vNummer minimum 0|{\"registratieDatumTijd\":\"2026-01-21T09:30:00Z\",\"gebeurtenisId\":\"SS101\",\"vNummer\":-1}|vNummer must be",
            "vNummer integer|{\"registratieDatumTijd\":\"2026-01-21T09:30:00Z\",\"gebeurtenisId\":\"SS101\",\"vNummer\":1.5}|vNummer must be",
            "the body an object|[]|the body must be a Notificatie object"})
    void theNotificatieSchema(String rule, String body, String error) throws Exception {
        JsonNode json = new ObjectMapper().readTree(body);
        var errors = NotificatieCheck.errors(DUO, US, UUID, "application/json", json);
        if (error == null) {
            assertThat(errors).as(rule).isEmpty();
        } else {
            assertThat(errors).as(rule).anySatisfy(e -> assertThat(e).startsWith(error));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bron required||" + US + "|" + UUID + "|application/json|header bron is required",
            "bron an OIN of 20|GM0363|" + US + "|" + UUID + "|application/json|header bron must be an OIN",
            "doel required|" + DUO + "||" + UUID + "|application/json|header doel is required",
            "berichtId required|" + DUO + "|" + US + "||application/json|header berichtId is required",
            "berichtId format uuid|" + DUO + "|" + US + "|12345|application/json|header berichtId must be a uuid",
            "requestBody application/json|" + DUO + "|" + US + "|" + UUID + "|text/plain|the body must be application/json"})
    void theHeadersAndTheMediaType(String rule, String bron, String doel, String berichtId, String type, String error)
            throws Exception {
        JsonNode ok = new ObjectMapper().readTree("{\"registratieDatumTijd\":\"2026-01-21T09:30:00Z\",\"gebeurtenisId\":\"SS101\"}");
        assertThat(NotificatieCheck.errors(bron, doel, berichtId, type, ok)).as(rule).containsExactly(error
                + (error.endsWith("OIN") ? " of 20 characters" : ""));
    }
}
