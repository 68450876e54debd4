package nl.inburgering.deadline.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.inburgering.deadline.domain.rules.FinePolicy.Kind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MunicipalFine", description = "The municipality's own bestuurlijke boete (rules §8).")
public record MunicipalFineBody(
        @Schema(description = "INTAKE_NO_SHOW (brede intake, N23: fixed steps) or PIP_OBLIGATION (N24: a maximum)",
                example = "INTAKE_NO_SHOW") @NotNull Kind kind,
        @Schema(description = "Euro", example = "250.00") @NotNull @DecimalMin("0.01") @Digits(integer = 6,
                fraction = 2) BigDecimal amount,
        @Schema(description = "The day of the decision; not after today", example = "2026-05-04") @NotNull
        LocalDate decidedOn) {
}
