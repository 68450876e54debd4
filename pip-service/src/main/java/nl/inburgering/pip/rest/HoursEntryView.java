package nl.inburgering.pip.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgering.pip.domain.ZRouteHoursEntry;
import nl.inburgering.pip.domain.rules.HoursKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered entry of hours. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "HoursEntry", description = "Gevolgde uren, one dated entry.")
public record HoursEntryView(UUID id, UUID participantId, HoursKind kind, LocalDate date, int hours,
        String description, Instant recordedAt) {

    public static HoursEntryView of(ZRouteHoursEntry e) {
        return new HoursEntryView(e.id, e.participantId, e.kind, e.date, e.hours, e.description, e.recordedAt);
    }

}
