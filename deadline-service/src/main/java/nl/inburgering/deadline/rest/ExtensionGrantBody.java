package nl.inburgering.deadline.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.deadline.domain.rules.ExtensionGround;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtensionGrant", description = "DUO's decision to extend the inburgeringstermijn (besluit verlenging): "
        + "on a request filed here (requestId), on one filed with DUO (requestedOn), or ambtshalve (neither).")
public record ExtensionGrantBody(
        @Schema(description = "The request filed here that this decides", example = "5b0e2a57-1c7d-4e1a-9f6b-2d3c4e5f6a7b")
        UUID requestId,
        @Schema(description = "The ground; required without requestId", example = "CHILDBIRTH") ExtensionGround ground,
        @Schema(description = "The extra time, ISO 8601: added to the current end", example = "P16W")
        @NotBlank @Pattern(regexp = Periods.PATTERN, message = Periods.MESSAGE) String extraTime,
        @Schema(description = "The day of the decision; not after today; may lie after the end of the term (E6)",
                example = "2029-01-10") @NotNull LocalDate decidedOn,
        @Schema(description = "Without requestId: the day the request was filed with DUO; absent for ambtshalve",
                example = "2028-12-01") LocalDate requestedOn) {
}
