package nl.inburgering.duogateway.domain.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
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

    /** DUO's granted entries ({@code oordeel} Toekenning) of the member this event code names, as DUO gives them. */
    public static List<JsonNode> granted(JsonNode duoList, EventCodes.ExemptionSource source) {
        List<JsonNode> granted = new ArrayList<>();
        for (JsonNode item : duoList) {
            JsonNode entry = item.path(source.member());
            if (!entry.isMissingNode() && "Toekenning".equals(entry.path("oordeel").asText())) {
                granted.add(entry);
            }
        }
        return granted;
    }

    /** The decisions in DUO's answer (a list of {@code Vrijstelling} or {@code Ontheffing}) for one event code. */
    public static List<ObjectNode> decisions(JsonNode duoList, EventCodes.ExemptionSource source, LocalDate notified) {
        List<ObjectNode> decisions = new ArrayList<>();
        for (JsonNode entry : granted(duoList, source)) {
            decisions.add(decision(entry, source, notified));
        }
        return decisions;
    }

    /**
     * The command's Idempotency-Key: DUO's entry itself (member and every field DUO gave, in a fixed order), never our
     * mapping of it, whose stand-in dates (the notification's day) differ from one notification to the next.
     */
    public static String key(UUID participantId, JsonNode entry, EventCodes.ExemptionSource source) {
        StringBuilder canonical = new StringBuilder(participantId + "|" + source.member());
        List<String> names = new ArrayList<>();
        entry.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        for (String name : names) {
            canonical.append('|').append(name).append('=').append(entry.get(name).asText());
        }
        return UUID.nameUUIDFromBytes(canonical.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A short name of the entry for outcomes (no personal data: DUO's codes and dates). */
    public static String describe(JsonNode entry, EventCodes.ExemptionSource source) {
        return source.member() + " " + entry.path(source.api().equals("ontheffingen") ? "grond" : "reden").asText()
                + (entry.hasNonNull("examenonderdeel") ? " " + entry.path("examenonderdeel").asText() : "")
                + (entry.hasNonNull("datumOordeel") ? " of " + entry.path("datumOordeel").asText() : "");
    }

    /**
     * One granted entry as deadline-service's decision; what cannot be recorded there is refused here (an
     * IllegalArgumentException: permanent, for an operator), never sent to be refused or retried.
     */
    public static ObjectNode decision(JsonNode entry, EventCodes.ExemptionSource source, LocalDate notified) {
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
                if (!entry.hasNonNull("einddatum")) {
                    // deadline-service pauses the term for the days of a temporary exemption: it needs the last one.
                    throw new IllegalArgumentException("a temporary vrijstelling without einddatum: its end is needed "
                            + "to pause the term; recorded by hand once known");
                }
                body.put("validFrom", entry.hasNonNull("startdatum") ? entry.path("startdatum").asText()
                        : decided.toString());
                body.put("validUntil", entry.path("einddatum").asText());
            }
            case "PARTIAL" -> {
                if (!entry.hasNonNull("examenonderdeel")) {
                    // DUO's examenonderdeel is optional: a partial ontheffing of participation hours only. Our
                    // exemption decision covers exam components; this one needs an operator (or a later version).
                    throw new IllegalArgumentException("a partial " + (ontheffing ? "ontheffing" : "vrijstelling")
                            + " without examenonderdeel (participation hours only) has no exam component to record");
                }
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
