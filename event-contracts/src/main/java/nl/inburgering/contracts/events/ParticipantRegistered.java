package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.contracts.vocabulary.TargetGroup;

/**
 * {@code nl.inburgering.participant.registered}: a person became inburgeringsplichtig and pip-service registered
 * them (after DUO's melding). Other services keep a local copy from it.
 *
 * @param participantId                the inburgeringsplichtige (never the BSN)
 * @param municipalityCode             gemeente, CBS code such as {@code GM0363}
 * @param targetGroup                  doelgroep
 * @param dateOfBirth                  geboortedatum
 * @param obligationStartDate          startdatum inburgeringsplicht (DUO)
 * @param notificationDate             datum kennisgeving by DUO (drives the 10-week PIP deadline, N5)
 * @param municipalityRegistrationDate datum inschrijving in de gemeente (BRP)
 * @param duoTargetGroupCode           DUO's detailed doelgroep code, where known
 */
public record ParticipantRegistered(
        UUID participantId,
        String municipalityCode,
        TargetGroup targetGroup,
        LocalDate dateOfBirth,
        LocalDate obligationStartDate,
        LocalDate notificationDate,
        LocalDate municipalityRegistrationDate,
        @OptionalField String duoTargetGroupCode) implements EventPayload {

    public ParticipantRegistered {
        Checks.required(participantId, "participantId");
        Checks.municipalityCode(municipalityCode, "municipalityCode");
        Checks.required(targetGroup, "targetGroup");
        Checks.required(dateOfBirth, "dateOfBirth");
        Checks.required(obligationStartDate, "obligationStartDate");
        Checks.required(notificationDate, "notificationDate");
        Checks.required(municipalityRegistrationDate, "municipalityRegistrationDate");
    }
}
