package nl.inburgering.pvt.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.PvtSessionKind;
import nl.inburgering.pvt.domain.PvtAttendance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PvtAttendance", description = "Hours a participant attended, of a group session or one-to-one; a "
        + "withdrawn one is kept and counts no more.")
public record AttendanceView(
        UUID id,
        @Schema(description = "The group session; absent for a one-to-one meeting") UUID sessionId,
        @Schema(example = "EDUCATION") PvtSessionKind kind,
        @Schema(example = "FREEDOM") String topic,
        @Schema(example = "2026-10-01") LocalDate date,
        @Schema(example = "3") BigDecimal hours,
        String notes,
        @Schema(description = "Who recorded it (token subject)") String recordedBy,
        Instant recordedAt,
        @Schema(description = "The version for If-Match (also the ETag)") long version,
        boolean withdrawn,
        Instant withdrawnAt,
        String withdrawnBy,
        String withdrawalReason) {

    static AttendanceView of(PvtAttendance a) {
        return new AttendanceView(a.id, a.sessionId, a.kind, a.topic, a.date, Hours.plain(a.hours), a.notes, a.recordedBy,
                a.recordedAt, a.version, a.withdrawn(), a.withdrawnAt, a.withdrawnBy, a.withdrawalReason);
    }
}
