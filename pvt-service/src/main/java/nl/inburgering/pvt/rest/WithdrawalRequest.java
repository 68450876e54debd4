package nl.inburgering.pvt.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PvtWithdrawalRequest", description = "Why an attendance or a signing is withdrawn.")
public record WithdrawalRequest(
        @Schema(description = "Why; kept with the withdrawal, never published", example = "recorded for the wrong "
                + "participant") @NotBlank @Size(max = 500) String reason) {
}
