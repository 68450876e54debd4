package nl.inburgering.map.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.inburgering.map.service.command.EntryCommand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StartInterviewRequest", description = "The start interview of the MAP (startgesprek).")
public record StartInterviewRequest(
        @Schema(description = "Day of the interview; not after today", example = "2026-03-02") @NotNull LocalDate date,
        @Schema(description = "Notes of the interview (optional)", example = "Wants to work in logistics; has a "
                + "forklift licence from abroad") @Size(max = 2000) String notes,
        @Schema(description = "Required when correcting (PUT): why the entry changes", example = "date typed wrong")
        @Size(max = 500) String reason) {

    EntryCommand toCommand() {
        return EntryCommand.startInterview(date, notes);
    }
}
