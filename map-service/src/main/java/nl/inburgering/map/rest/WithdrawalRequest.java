package nl.inburgering.map.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawalRequest", description = "Why an entry is withdrawn; the entry is kept, marked withdrawn.")
public record WithdrawalRequest(
        @Schema(description = "The reason, kept with who and when", example = "registered for the wrong participant")
        @NotBlank @Size(max = 500) String reason) {
}
