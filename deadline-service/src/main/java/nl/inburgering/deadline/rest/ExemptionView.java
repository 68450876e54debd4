package nl.inburgering.deadline.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionGround;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.deadline.domain.Exemption;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Exemption", description = "A vrijstelling or ontheffing DUO granted; a temporary one with the days it "
        + "stopped the term's clock and the end before and after.")
public record ExemptionView(
        UUID id,
        @Schema(example = "VRIJSTELLING") ExemptionKind kind,
        @Schema(example = "INS") ExemptionGround ground,
        @Schema(example = "TEMPORARY") ExemptionScope scope,
        Set<ExamComponent> components,
        LanguageLevel level,
        Integer participationHoursCap,
        @Schema(example = "2027-03-01") LocalDate validFrom,
        @Schema(example = "2027-08-31") LocalDate validUntil,
        @Schema(example = "2027-02-20") LocalDate decidedOn,
        String decidedBy,
        @Schema(description = "Days the term's clock stopped (a temporary exemption during the term)", example = "184")
        int pausedDays,
        @Schema(description = "The term's exclusive end before the pause", example = "2029-02-02")
        LocalDate previousEndDateExclusive,
        @Schema(description = "The term's exclusive end after the pause", example = "2029-08-05")
        LocalDate endDateExclusive) {

    static ExemptionView of(Exemption e) {
        return new ExemptionView(e.id, e.kind, e.ground, e.scope, e.components, e.level, e.participationHoursCap,
                e.validFrom, e.validUntil, e.decidedOn, e.decidedBy, e.pausedDays, e.previousEnd, e.newEnd);
    }
}
