package nl.inburgering.deadline.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtensionRefusal", description = "DUO's refusal of an extension request (SS113).")
public record RefusalBody(
        @Schema(description = "Why", example = "the illness lasted less than 3 months") @NotBlank @Size(max = 2000)
        String reason,
        @Schema(description = "The day of the decision; not after today", example = "2029-01-10") @NotNull
        LocalDate decidedOn) {
}
