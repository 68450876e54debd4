package nl.inburgering.pvt.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.inburgering.contracts.vocabulary.PvtSessionKind;
import nl.inburgering.kit.validation.QuarterHours;
import nl.inburgering.pvt.service.PvtService.IndividualAttendance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PvtIndividualAttendanceRequest", description = "A one-to-one meeting of the "
        + "participatieverklaringstraject (for a participant who cannot join a group).")
public record IndividualAttendanceRequest(
        @Schema(description = "What the meeting was", example = "EDUCATION") @NotNull PvtSessionKind kind,
        @Schema(description = "One of the configured topics; required for EDUCATION", example = "EQUALITY")
        @Size(max = 60) String topic,
        @Schema(description = "The day of the meeting; not after today", example = "2026-10-01") @NotNull LocalDate date,
        @Schema(description = "Hours, more than 0, at most 12, in quarters", example = "1.5")
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("12") @QuarterHours BigDecimal hours,
        @Schema(description = "Notes of the meeting", example = "with an interpreter (Tigrinya)") @Size(max = 2000)
        String notes) {

    IndividualAttendance toCommand() {
        return new IndividualAttendance(kind, topic == null || topic.isBlank() ? null : topic.strip(), date, hours,
                notes);
    }
}
