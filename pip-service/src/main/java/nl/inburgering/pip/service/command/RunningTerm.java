package nl.inburgering.pip.service.command;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The term a participant brings along (N2, E10, DUO-PIP-6, issue 8 item 8): DUO's Inburgeringstermijn, started by an
 * earlier municipality's initial PIP. It never restarts here: the first PIP here is a revision (afschalen allowed)
 * and the 18-month switch window counts from this start.
 */
@Schema(name = "RunningTerm", description = "DUO's Inburgeringstermijn of a participant who moves in with a PIP and a "
        + "term from another municipality: start inclusive, end exclusive, as DUO gives them.")
public record RunningTerm(
        @Schema(description = "Startdatum (inclusive): the day after the earlier initial PIP's dagtekening",
                example = "2025-06-02") @NotNull LocalDate startDate,
        @Schema(description = "Einddatum (exclusive)", example = "2028-06-02") @NotNull LocalDate endDate) {

    @AssertTrue(message = "the end of the term must lie after its start")
    @Schema(hidden = true)
    public boolean isEndAfterStart() {
        return startDate == null || endDate == null || endDate.isAfter(startDate);
    }
}
