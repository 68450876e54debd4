package nl.inburgering.duogateway.domain.rules;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * The whole of DUO's MAP, PVT and Z-route resources (MAP-PVT-Zroute API 1.0.0: {@code ResultaatMap},
 * {@code ResultaatPvt}, {@code ResultaatZroute}) from what is known now. A PUT replaces DUO's resource, so the body is
 * the current state, never one event: a withdrawn MAP is a body without its date, which withdraws it at DUO (rules
 * §5: "leaving a field out withdraws it").
 */
public final class ModuleResults {

    private ModuleResults() {
    }

    public static ObjectNode map(LocalDate finalInterview, Boolean culpable) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (finalInterview != null) {
            body.put("datumEindgesprekMap", finalInterview.toString());
            DuoCodes.verwijtbaar(culpable).ifPresent(v -> body.put("verwijtbaar", v));
        }
        return body;
    }

    public static ObjectNode pvt(LocalDate signedOn, Boolean culpable) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (signedOn != null) {
            body.put("datumOndertekeningPvt", signedOn.toString());
            DuoCodes.verwijtbaar(culpable).ifPresent(v -> body.put("verwijtbaar", v));
        }
        return body;
    }

    public static ObjectNode zroute(LocalDate completedOn) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (completedOn != null) {
            body.put("datumAfrondingZroute", completedOn.toString());
        }
        return body;
    }
}
