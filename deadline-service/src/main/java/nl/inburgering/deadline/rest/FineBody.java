package nl.inburgering.deadline.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.inburgering.deadline.domain.Fine.Stage;
import nl.inburgering.deadline.domain.rules.FinePolicy.Kind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DuoFine", description = "DUO's vooraankondiging termijnoverschrijding or boetebeschikking (rules §7.5).")
public record FineBody(
        @Schema(description = "PRE_ANNOUNCEMENT (a possible fine and its provisional amount) or DECISION",
                example = "DECISION") @NotNull Stage stage,
        @Schema(description = "ROUTE (leerroute, ≤ €1,000), MAP (€340) or PVT (€340)", example = "PVT") @NotNull
        Kind kind,
        @Schema(description = "Euro", example = "340.00") @NotNull @DecimalMin("0.00") @Digits(integer = 6,
                fraction = 2) BigDecimal amount,
        @Schema(description = "The day of the letter or decision; not after today", example = "2029-03-15") @NotNull
        LocalDate decidedOn,
        @Schema(description = "ROUTE: the exam components passed (N22's new term)", example = "2") @Min(0) @Max(5)
        Integer examsPassed,
        @Schema(description = "ROUTE on the Z-route: its course hours (N22's new term)", example = "450") @Min(0)
        @Max(9999) Integer zrouteHours) {
}
