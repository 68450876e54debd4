package nl.inburgering.duogateway.domain.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * DUO's Notificatie API 1.8.0 ({@code POST /notificaties}) as the receiving end must hold it: what makes a request
 * "niet volgens de specificatie" (400). Each check cites the document's own words. The stub proves the other side:
 * it judges our answers, and its own requests, with the validator library against the same document.
 */
public final class NotificatieCheck {

    /** {@code Notificatie.gebeurtenisId}: pattern {@code ^[0-9A-Z]{1,6}$}, minLength 1, maxLength 6. */
    static final Pattern GEBEURTENIS_ID = Pattern.compile("^[0-9A-Z]{1,6}$");
    /** {@code Notificatie.bsn}: minLength 9, maxLength 9, pattern {@code \d{9}}. */
    static final Pattern BSN = Pattern.compile("[0-9]{9}");
    /** {@code Notificatie.vNummer}: integer, format int64, minimum 0, maximum 9999999999. */
    static final long V_NUMMER_MAX = 9_999_999_999L;
    /** {@code Bron}, {@code Doel}: an OIN, minLength 20, maxLength 20. */
    static final int OIN_LENGTH = 20;

    private NotificatieCheck() {
    }

    /** Every way the request departs from DUO's document; empty when it is one DUO may send. */
    public static List<String> errors(String bron, String doel, String berichtId, String contentType, JsonNode body) {
        List<String> errors = new ArrayList<>();
        oin("bron", bron, errors);
        oin("doel", doel, errors);
        if (berichtId == null) {
            errors.add("header berichtId is required");
        } else if (!isUuid(berichtId)) {
            errors.add("header berichtId must be a uuid");
        }
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            errors.add("the body must be application/json");
        }
        if (body == null || !body.isObject()) {
            errors.add("the body must be a Notificatie object");
            return errors;
        }
        JsonNode at = body.get("registratieDatumTijd");
        if (at == null || at.isNull()) {
            errors.add("registratieDatumTijd is required");
        } else if (!at.isTextual() || !isDateTime(at.asText())) {
            errors.add("registratieDatumTijd must be a date-time");
        }
        JsonNode id = body.get("gebeurtenisId");
        if (id == null || id.isNull()) {
            errors.add("gebeurtenisId is required");
        } else if (!id.isTextual() || !GEBEURTENIS_ID.matcher(id.asText()).matches()) {
            errors.add("gebeurtenisId must be 1 to 6 capitals or digits");
        }
        JsonNode bsn = body.get("bsn");
        if (bsn != null && (!bsn.isTextual() || !BSN.matcher(bsn.asText()).matches())) {
            errors.add("bsn must be 9 digits");
        }
        JsonNode vNummer = body.get("vNummer");
        if (vNummer != null && (!vNummer.isIntegralNumber() || vNummer.asLong() < 0 || vNummer.asLong() > V_NUMMER_MAX
                || !vNummer.canConvertToLong())) {
            errors.add("vNummer must be a whole number from 0 to 9999999999");
        }
        return errors;
    }

    private static void oin(String name, String value, List<String> errors) {
        if (value == null) {
            errors.add("header " + name + " is required");
        } else if (value.length() != OIN_LENGTH) {
            errors.add("header " + name + " must be an OIN of 20 characters");
        }
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
