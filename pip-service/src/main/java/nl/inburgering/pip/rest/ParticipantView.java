package nl.inburgering.pip.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ObligationEndReason;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.pip.domain.Participant;
import nl.inburgering.pip.domain.rules.ProgressStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant (inburgeringsplichtige) as officers, DUO and the participant themself read it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Participant", description = "An inburgeringsplichtige.")
public record ParticipantView(
        @Schema(description = "participantId: the id every service and event uses") UUID id,
        @Schema(description = "BSN; shown to DUO and officers only") String bsn,
        @Schema(description = "Name (naam)") String name,
        @Schema(description = "Date of birth (geboortedatum)") LocalDate dateOfBirth,
        @Schema(description = "Target group (doelgroep)") TargetGroup targetGroup,
        @Schema(description = "DUO's detailed doelgroep code") String duoTargetGroupCode,
        @Schema(description = "Responsible municipality (gemeente), CBS code") String municipalityCode,
        @Schema(description = "Previous municipality after a move; it keeps read access until previousMunicipalityUntil") String previousMunicipalityCode,
        LocalDate previousMunicipalityUntil,
        @Schema(description = "Datum start inburgeringsplicht") LocalDate obligationStartDate,
        @Schema(description = "Datum kennisgeving") LocalDate notificationDate,
        @Schema(description = "Datum inschrijving gemeente") LocalDate municipalityRegistrationDate,
        @Schema(description = "Reason the obligation ended (reden einde inburgeringsplicht)") ObligationEndReason obligationEndedReason,
        LocalDate obligationEndedOn,
        @Schema(description = "Overall status") ProgressStatus status,
        @Schema(description = "Date civic integration was completed (datum voldaan)") LocalDate completedOn,
        @Schema(description = "Version for optimistic concurrency (also the ETag)") long version) {

    /** @param bsn the BSN in clear text for a caller who may see it ({@code ParticipantService.bsnShownTo}), else null */
    public static ParticipantView of(Participant p, String bsn) {
        return new ParticipantView(p.id, bsn, p.name, p.dateOfBirth, p.targetGroup,
                p.duoTargetGroupCode, p.municipalityCode, p.previousMunicipalityCode, p.previousMunicipalityUntil,
                p.obligationStartDate, p.notificationDate, p.municipalityRegistrationDate, p.obligationEndedReason,
                p.obligationEndedOn, p.status, p.completedOn, p.version);
    }

    public ParticipantView withBsn(String shown) {
        return new ParticipantView(id, shown, name, dateOfBirth, targetGroup, duoTargetGroupCode, municipalityCode,
                previousMunicipalityCode, previousMunicipalityUntil, obligationStartDate, notificationDate,
                municipalityRegistrationDate, obligationEndedReason, obligationEndedOn, status, completedOn, version);
    }
}
