package nl.inburgering.map.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProviderAssignmentRequest", description = "A MAP provider (an organisation the municipality "
        + "contracts) assigned to the participant: it may then record themes and work experience.")
public record ProviderAssignmentRequest(
        @Schema(description = "The provider's id: the subject (sub) of its map-provider token",
                example = "provider-werkfit") @NotBlank @Size(max = 200) @Pattern(regexp = "[A-Za-z0-9._:-]+")
        String providerId) {
}
