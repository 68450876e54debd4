package nl.inburgering.duogateway.domain.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.inburgering.contracts.vocabulary.Route;

/**
 * A PIP version of pip-service (its {@code Plan} view) as DUO's PIP API 1.2.0 registers it ({@code PIP} schema):
 * {@code dagtekeningPip} and {@code leerroute} (B, O, Z) always; {@code niveau} only as pip-service's {@code duoLevel}
 * gives it (NiveauPip A2/B1 is defined within the B1-route; DUO-PIP-4: no A2 in the Onderwijsroute, no B1 in the
 * Z-route); {@code geschatteIntensiteitB1Route} where the plan has one (pip-service allows it only for an asylum permit
 * holder in the B1-route, DUO-PIP-8); {@code indicatorMagOpleidingAfmaken}; {@code indicatorAlfabetiseringsonderwijs}
 * (A, AA, NVT: pip-service's LiteracyIndicator uses DUO's codes as names) where set.
 */
public final class DuoPip {

    private DuoPip() {
    }

    public static ObjectNode of(JsonNode plan) {
        ObjectNode pip = JsonNodeFactory.instance.objectNode();
        pip.put("dagtekeningPip", plan.path("dateOfIssue").asText());
        pip.put("leerroute", Route.valueOf(plan.path("route").asText()).duoCode());
        if (plan.hasNonNull("duoLevel")) {
            pip.put("niveau", plan.path("duoLevel").asText());
        }
        if (plan.hasNonNull("estimatedB1Intensity")) {
            pip.put("geschatteIntensiteitB1Route", plan.path("estimatedB1Intensity").asInt());
        }
        pip.put("indicatorMagOpleidingAfmaken", plan.path("mayFinishCurrentCourse").asBoolean(false));
        if (plan.hasNonNull("literacyIndicator")) {
            pip.put("indicatorAlfabetiseringsonderwijs", plan.path("literacyIndicator").asText());
        }
        return pip;
    }

    /**
     * Whether DUO's answer to {@code GET /personen/{bsn}/PIP} (PIP API: {@code Gemeente} with {@code gemeentecode} and
     * {@code pip}; 404 when DUO has none) is this municipality's PIP with exactly the fields we would register.
     */
    public static boolean registeredAlready(int status, JsonNode gemeente, String municipalityDigits, ObjectNode pip) {
        return status == 200 && municipalityDigits.equals(gemeente.path("gemeentecode").asText())
                && pip.equals(gemeente.path("pip"));
    }
}
