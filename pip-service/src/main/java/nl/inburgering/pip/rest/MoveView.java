package nl.inburgering.pip.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgering.pip.domain.ParticipantMove;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded move (verhuizing). */
@Schema(name = "Move", description = "A move to another municipality (verhuizing), newest first in lists.")
public record MoveView(
        UUID id,
        UUID participantId,
        @Schema(description = "Previous municipality (vorige gemeente)", example = "GM0363") String fromMunicipalityCode,
        @Schema(description = "New municipality (nieuwe gemeente)", example = "GM0599") String toMunicipalityCode,
        @Schema(description = "Date of the move (verhuisdatum)") LocalDate movedOn,
        @Schema(description = "Registration in the new municipality (datum inschrijving)") LocalDate municipalityRegistrationDate,
        @Schema(description = "Last day on which officers of the previous municipality may still read the participant")
        LocalDate previousMunicipalityAccessUntil,
        @Schema(description = "When pip-service recorded it (UTC)") Instant recordedAt) {

    public static MoveView of(ParticipantMove m) {
        return new MoveView(m.id, m.participantId, m.fromMunicipalityCode, m.toMunicipalityCode, m.movedOn,
                m.municipalityRegistrationDate, m.previousAccessUntil, m.recordedAt);
    }

}
