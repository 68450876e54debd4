package nl.inburgering.map.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.inburgering.kit.rules.ModuleResultRules.Culpability;
import nl.inburgering.map.domain.rules.FinalInterviewOutcome;
import nl.inburgering.map.service.command.EntryCommand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FinalInterviewRequest", description = "The final interview of the MAP (eindgesprek, DUO "
        + "datumEindgesprekMap with verwijtbaar).")
public record FinalInterviewRequest(
        @Schema(description = "Day of the interview (datumEindgesprekMap): not in the future (DUO-MAP-2), not before "
                + "the start of the term (inburgeringstermijn; DUO-MAP-3), not after the Z-route completion (DUO-MAP-4)", example = "2026-09-01")
        @NotNull LocalDate date,
        @Schema(description = "Are knowledge and skills sufficient? Only SUFFICIENT completes the MAP",
                example = "SUFFICIENT") @NotNull FinalInterviewOutcome outcome,
        @Schema(description = "The work the participant wants", example = "Warehouse work, later a forklift job")
        @Size(max = 2000) String desiredWork,
        @Schema(description = "The support agreed", example = "Job coach from the municipality for six months")
        @Size(max = 2000) String supportAgreed,
        @Schema(description = "verwijtbaar: NO only from 2 months before the end of the term (DUO-MAP-5), YES only "
                + "once the term has been exceeded (DUO-MAP-6); leave out otherwise", example = "NO")
        Culpability culpableDelay,
        @Schema(description = "Required when correcting (PUT): why the entry changes", example = "outcome corrected")
        @Size(max = 500) String reason) {

    EntryCommand toCommand() {
        return EntryCommand.finalInterview(date, outcome, desiredWork, supportAgreed, culpableDelay);
    }
}
