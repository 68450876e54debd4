package nl.inburgering.pvt.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nl.inburgering.kit.validation.QuarterHours;
import nl.inburgering.pvt.service.SessionService.AttendanceLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PvtAttendanceListRequest", description = "A session's attendance list (presentielijst): who attended "
        + "and, when they left early or came late, for how many hours. All or none is recorded.")
public record AttendanceListRequest(
        @Schema(description = "One line per participant who attended; at most 500")
        @NotEmpty @Size(max = 500) List<@NotNull @Valid Line> entries) {

    @Schema(name = "PvtAttendanceLine")
    public record Line(
            @Schema(description = "An enrolled participant", example = "3f2c8f0e-6d1b-4c39-9a57-0b8e5f1c2d44")
            @NotNull UUID participantId,
            @Schema(description = "Hours attended, in quarters, at most the session's; absent = the whole session",
                    example = "2.5")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("12") @QuarterHours BigDecimal hours) {
    }

    List<AttendanceLine> toLines() {
        return entries.stream().map(l -> new AttendanceLine(l.participantId(), l.hours())).toList();
    }
}
