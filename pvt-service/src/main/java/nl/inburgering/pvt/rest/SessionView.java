package nl.inburgering.pvt.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.PvtSessionKind;
import nl.inburgering.pvt.domain.PvtSession;
import nl.inburgering.pvt.service.SessionService.SessionDetail;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PvtSession", description = "A group session (bijeenkomst) of the participatieverklaringstraject; read "
        + "on its own it lists who is enrolled and whose attendance is recorded.")
public record SessionView(
        UUID id,
        @Schema(example = "GM0363") String municipalityCode,
        @Schema(example = "EDUCATION") PvtSessionKind kind,
        @Schema(example = "FREEDOM") String topic,
        @Schema(example = "2026-11-12") LocalDate date,
        @Schema(example = "3") BigDecimal hours,
        @Schema(example = "Buurthuis De Pijp, Amsterdam") String place,
        @Schema(example = "prodemos") String providerId,
        @Schema(example = "20") int capacity,
        @Schema(description = "The version (also the ETag)") long version,
        @Schema(description = "Participants enrolled; only when the session is read on its own", example = "14")
        Integer enrolledCount,
        @Schema(description = "The participants enrolled; only when read on its own") List<UUID> enrolled,
        @Schema(description = "The attendance recorded (not withdrawn); only when read on its own")
        List<Attended> attended) {

    @Schema(name = "PvtSessionAttended")
    public record Attended(UUID participantId, @Schema(example = "3") BigDecimal hours, UUID attendanceId) {
    }

    static SessionView of(PvtSession s) {
        return new SessionView(s.id, s.municipalityCode, s.kind, s.topic, s.date, Hours.plain(s.hours), s.place, s.providerId,
                s.capacity, s.version, null, null, null);
    }

    static SessionView of(SessionDetail d) {
        PvtSession s = d.session();
        return new SessionView(s.id, s.municipalityCode, s.kind, s.topic, s.date, Hours.plain(s.hours), s.place, s.providerId,
                s.capacity, s.version, d.enrolments().size(), d.enrolments().stream().map(e -> e.participantId).toList(),
                d.attendances().stream().map(a -> new Attended(a.participantId, Hours.plain(a.hours), a.id)).toList());
    }
}
