package nl.inburgering.duogateway.domain.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionGround;

/**
 * DUO's granted exemptions (Vrijstelling API 1.0.0 and Ontheffing API 1.0.0) as deadline-service's exemption
 * decisions ({@code POST /v1/participants/{id}/exemptions}): only {@code oordeel} "Toekenning" (a refusal is no
 * exemption); the ground is DUO's code as it is ({@code RedenVrijstellingInburgeringsplicht},
 * {@code OntheffingsgrondInburgering}); a partial one names its {@code examenonderdeel}, a partial vrijstelling its
 * {@code examenniveau}, a partial ontheffing its {@code urenBelastbaarheidParticipatieactiviteit}; a temporary one
 * runs from {@code startdatum} to {@code einddatum} (both inclusive in DUO's documents, as in ours). DUO's
 * {@code datumOordeel} is the decision day and, for a full or partial one, the day it holds from; where DUO's
 * Vrijstelling leaves it out (it is optional there) the day DUO notified us stands in.
 */
public final class ExemptionMapping {

    private ExemptionMapping() {
    }

    /** The decisions in DUO's answer (a list of {@code Vrijstelling} or {@code Ontheffing}) for one event code. */
    public static List<ObjectNode> decisions(JsonNode duoList, EventCodes.ExemptionSource source, LocalDate notified) {
        List<ObjectNode> decisions = new ArrayList<>();
        for (JsonNode item : duoList) {
            JsonNode entry = item.path(source.member());
            if (entry.isMissingNode() || !"Toekenning".equals(entry.path("oordeel").asText())) {
                continue;
            }
            decisions.add(decision(entry, source, notified));
        }
        return decisions;
    }

    static ObjectNode decision(JsonNode entry, EventCodes.ExemptionSource source, LocalDate notified) {
        boolean ontheffing = source.api().equals("ontheffingen");
        String ground = ontheffing ? entry.path("grond").asText() : entry.path("reden").asText();
        ExemptionGround.valueOf(ground); // a code DUO's documents do not list is refused here, not sent on
        LocalDate decided = entry.hasNonNull("datumOordeel") ? LocalDate.parse(entry.path("datumOordeel").asText())
                : notified;
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("kind", ontheffing ? "ONTHEFFING" : "VRIJSTELLING")
                .put("ground", ground)
                .put("scope", source.scope())
                .put("decidedOn", decided.toString());
        switch (source.scope()) {
            case "TEMPORARY" -> {
                body.put("validFrom", entry.hasNonNull("startdatum") ? entry.path("startdatum").asText()
                        : decided.toString());
                if (entry.hasNonNull("einddatum")) {
                    body.put("validUntil", entry.path("einddatum").asText());
                }
            }
            case "PARTIAL" -> {
                body.put("validFrom", decided.toString());
                body.putArray("components").add(ExamComponent.fromDuoCode(entry.path("examenonderdeel").asText()).name());
                if (entry.hasNonNull("examenniveau")) {
                    body.put("level", entry.path("examenniveau").asText());
                }
                if (entry.hasNonNull("urenBelastbaarheidParticipatieactiviteit")) {
                    body.put("participationHoursCap", entry.path("urenBelastbaarheidParticipatieactiviteit").asInt());
                }
            }
            default -> body.put("validFrom", decided.toString());
        }
        return body;
    }
}
