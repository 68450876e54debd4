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
 * @param runningTermStartDate         for a participant who moves in with a term started by an earlier
 *                                     municipality's initial PIP (DUO's Inburgeringstermijn, E10): its start; the first
 *                                     PIP here is a revision and the term does not restart. Absent otherwise.
 * @param runningTermEndDateExclusive  that term's exclusive end; present exactly with the start
 */
public record ParticipantRegistered(
        UUID participantId,
        String municipalityCode,
        TargetGroup targetGroup,
        LocalDate dateOfBirth,
        LocalDate obligationStartDate,
        LocalDate notificationDate,
        LocalDate municipalityRegistrationDate,
        @OptionalField String duoTargetGroupCode,
        @OptionalField LocalDate runningTermStartDate,
        @OptionalField LocalDate runningTermEndDateExclusive) implements EventPayload {

    /** A registration without a running term. */
    public ParticipantRegistered(UUID participantId, String municipalityCode, TargetGroup targetGroup,
            LocalDate dateOfBirth, LocalDate obligationStartDate, LocalDate notificationDate,
            LocalDate municipalityRegistrationDate, String duoTargetGroupCode) {
        this(participantId, municipalityCode, targetGroup, dateOfBirth, obligationStartDate, notificationDate,
                municipalityRegistrationDate, duoTargetGroupCode, null, null);
    }

    public ParticipantRegistered {
        Checks.required(participantId, "participantId");
        Checks.municipalityCode(municipalityCode, "municipalityCode");
        Checks.required(targetGroup, "targetGroup");
        Checks.required(dateOfBirth, "dateOfBirth");
        Checks.required(obligationStartDate, "obligationStartDate");
        Checks.required(notificationDate, "notificationDate");
        Checks.required(municipalityRegistrationDate, "municipalityRegistrationDate");
        if ((runningTermStartDate == null) != (runningTermEndDateExclusive == null)) {
            throw new IllegalArgumentException("runningTermStartDate and runningTermEndDateExclusive come together");
        }
        if (runningTermStartDate != null && !runningTermEndDateExclusive.isAfter(runningTermStartDate)) {
            throw new IllegalArgumentException("runningTermEndDateExclusive must lie after runningTermStartDate");
        }
    }

    /** Whether the participant brought a running term along. */
    public boolean bringsRunningTerm() {
        return runningTermStartDate != null;
    }
}
