package nl.inburgering.deadline.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.inburgering.deadline.domain.rules.ExtensionGround;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtensionRequest", description = "A municipality's request to extend the inburgeringstermijn "
        + "(verzoek verlenging), with its statement.")
public record ExtensionRequestBody(
        @Schema(description = "The ground (rules §7.2)", example = "CHILDBIRTH") @NotNull ExtensionGround ground,
        @Schema(description = "The municipality's statement. For illness the outcome only (e.g. 'ill for more than 3 "
                + "months, treated in NL'), never a diagnosis", example = "Gave birth on 2028-09-14; could not "
                + "attend lessons since.") @NotBlank @Size(max = 4000) String statement,
        @Schema(description = "The extra time asked, ISO 8601 (P16W, P6M), when the ground leaves it open",
                example = "P6M") @Pattern(regexp = Periods.PATTERN, message = Periods.MESSAGE) String requestedExtra) {
}
