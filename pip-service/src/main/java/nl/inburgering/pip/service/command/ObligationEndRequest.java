package nl.inburgering.pip.service.command;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.inburgering.contracts.vocabulary.ObligationEndReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DUO's notice that the obligation ended without completion (einde inburgeringsplicht). */
@Schema(name = "ObligationEndRequest", description = "Einde inburgeringsplicht without completion (§11 E14, E15): "
        + "naturalised (genaturaliseerd), pension age (AOW-leeftijd), left the Netherlands for more than a year "
        + "(vertrokken), deceased (overleden), permit withdrawn (ingetrokken), residence purpose changed (verblijfsdoel "
        + "gewijzigd) or another reason (overig). Closes the case.")
public record ObligationEndRequest(
        @Schema(description = "Reason (reden einde inburgeringsplicht)", example = "NATURALISED")
        @NotNull ObligationEndReason reason,
        @Schema(description = "Date the obligation ended (einddatum inburgeringsplicht)", example = "2026-09-01")
        @NotNull LocalDate endedOn) {
}
