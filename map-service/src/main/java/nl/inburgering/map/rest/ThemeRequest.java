package nl.inburgering.map.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.inburgering.map.service.command.EntryCommand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThemeRequest", description = "One theme of the labour-market education done (§5).")
public record ThemeRequest(
        @Schema(description = "The theme's code, one of map.themes (by default CAREER_ORIENTATION, "
                + "EMPLOYEE_COMPETENCIES, REALISTIC_VIEW_OF_OCCUPATIONS, JOB_PROSPECTS, OCCUPATIONAL_COMPETENCIES, "
                + "BUILDING_A_NETWORK, FINDING_WORK, WORK_CULTURE)", example = "CAREER_ORIENTATION")
        @NotBlank @Size(max = 60) String theme,
        @Schema(description = "Day the theme was done; not after today", example = "2026-04-10")
        @NotNull LocalDate completedOn,
        @Schema(description = "Required when correcting (PUT): why the entry changes", example = "wrong theme")
        @Size(max = 500) String reason) {

    EntryCommand toCommand() {
        return EntryCommand.theme(theme, completedOn);
    }
}
