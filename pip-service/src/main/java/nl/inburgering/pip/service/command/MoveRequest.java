package nl.inburgering.pip.service.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DUO's notice that the participant moved to another municipality (verhuizing; SS120/SS121/SS122). */
@Schema(name = "MoveRequest", description = "Verhuizing naar een andere gemeente. The term (inburgeringstermijn) does "
        + "not change; the previous municipality keeps read access for one month (§11 E10).")
public record MoveRequest(
        @Schema(description = "The new municipality (nieuwe gemeente), CBS code", example = "GM0599")
        @NotNull @Pattern(regexp = "GM[0-9]{4}", message = "must be a CBS municipality code: GM and 4 digits")
        String toMunicipalityCode,
        @Schema(description = "Date of the move (verhuisdatum)", example = "2026-05-01")
        @NotNull LocalDate movedOn,
        @Schema(description = "Registration in the new municipality (datum inschrijving nieuwe gemeente, BRP); "
                + "defaults to movedOn. A new PIP's dagtekening may not lie before it.", example = "2026-05-01")
        LocalDate municipalityRegistrationDate) {
}
