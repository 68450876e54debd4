package nl.inburgering.deadline.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.deadline.domain.Fine;
import nl.inburgering.deadline.domain.Fine.Stage;
import nl.inburgering.deadline.domain.rules.FinePolicy.Kind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Fine", description = "A fine as decided: DUO's (with the amount expected on the facts known here and, "
        + "for a decision that set one, the new term) or the municipality's own.")
public record FineView(
        UUID id,
        @Schema(example = "PVT") Kind kind,
        @Schema(example = "DECISION") Stage stage,
        @Schema(example = "340.00") BigDecimal amount,
        @Schema(description = "DUO's fines: what the rules here expected", example = "340.00") BigDecimal expectedAmount,
        @Schema(example = "2029-03-15") LocalDate decidedOn,
        String decidedBy,
        Integer examsPassed,
        Integer zrouteHours,
        @Schema(description = "The exclusive end of the term whose exceeding this is for", example = "2029-02-02")
        LocalDate finedPeriodEndDateExclusive,
        @Schema(description = "A decision that set a new term (N22): the end before", example = "2029-02-02")
        LocalDate previousEndDateExclusive,
        @Schema(description = "… and after", example = "2029-09-15") LocalDate endDateExclusive) {

    static FineView of(Fine f) {
        return new FineView(f.id, f.kind, f.stage, f.amount, f.expectedAmount, f.decidedOn, f.decidedBy, f.examsPassed,
                f.zrouteHours, f.finedPeriodEnd, f.previousEnd, f.newEnd);
    }
}
