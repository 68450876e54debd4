package nl.inburgering.map.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.inburgering.kit.validation.QuarterHours;
import nl.inburgering.map.domain.WorkExperienceKind;
import nl.inburgering.map.service.command.EntryCommand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkExperienceRequest", description = "Hours of work experience (werkervaring, "
        + "the MAP's practical part; N11).")
public record WorkExperienceRequest(
        @Schema(description = "Day of the work experience; not after today", example = "2026-05-04")
        @NotNull LocalDate date,
        @Schema(description = "What it was", example = "VOLUNTEERING") @NotNull WorkExperienceKind kind,
        @Schema(description = "Where", example = "Voedselbank Amsterdam") @NotBlank @Size(max = 200) String organisation,
        @Schema(description = "Hours, more than 0, at most 24, in quarters of an hour; one day holds at most 24 "
                + "(409 MAP-HOURS-PER-DAY)", example = "4.5")
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @QuarterHours BigDecimal hours,
        @Schema(description = "What the participant did", example = "Sorting donations, talking with customers")
        @Size(max = 2000) String description,
        @Schema(description = "Required when correcting (PUT): why the entry changes", example = "hours corrected")
        @Size(max = 500) String reason) {

    EntryCommand toCommand() {
        return EntryCommand.workExperience(date, kind, organisation.strip(), hours, description);
    }
}
