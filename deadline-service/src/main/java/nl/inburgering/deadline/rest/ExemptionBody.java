package nl.inburgering.deadline.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionGround;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExemptionDecision", description = "DUO's decision granting a vrijstelling or ontheffing (DUO's "
        + "Vrijstelling and Ontheffing APIs). The outcome only: there is no field for a reason or a diagnosis, and "
        + "none is stored.")
public record ExemptionBody(
        @Schema(description = "VRIJSTELLING or ONTHEFFING; may be left out, the ground names it",
                example = "VRIJSTELLING") ExemptionKind kind,
        @Schema(description = "DUO's code: RedenVrijstellingInburgeringsplicht (AVI, DIP, DOC, GED, INB, INS, OPL) or "
                + "OntheffingsgrondInburgering (BIO, MED)", example = "GED") @NotNull ExemptionGround ground,
        @Schema(description = "FULL (gehele), PARTIAL (gedeeltelijke) or TEMPORARY (tijdelijke)", example = "PARTIAL")
        @NotNull ExemptionScope scope,
        @Schema(description = "The exam components a PARTIAL one covers; language components only for a vrijstelling",
                example = "[\"READING\", \"LISTENING\"]") Set<ExamComponent> components,
        @Schema(description = "The level of a partial vrijstelling: A2 or B1", example = "B1") LanguageLevel level,
        @Schema(description = "A partial ontheffing: the most Z-route participation hours left (0–9999; 0 = cannot "
                + "take part)", example = "400") Integer participationHoursCap,
        @Schema(description = "Ingangsdatum", example = "2027-03-01") @NotNull LocalDate validFrom,
        @Schema(description = "Einddatum, inclusive; required for TEMPORARY", example = "2027-08-31")
        LocalDate validUntil,
        @Schema(description = "The day of DUO's decision; not after today", example = "2027-02-20") @NotNull
        LocalDate decidedOn) {
}
