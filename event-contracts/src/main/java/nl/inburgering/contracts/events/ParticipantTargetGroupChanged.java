package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.contracts.vocabulary.TargetGroup;

/**
 * {@code nl.inburgering.participant.target-group-changed}: the participant's doelgroep changed
 * (e.g. a family migrant became an asylum permit holder). Published by pip-service.
 *
 * @param participantId the inburgeringsplichtige
 * @param targetGroup   the new doelgroep
 * @param effectiveDate ingangsdatum of the new doelgroep
 */
public record ParticipantTargetGroupChanged(
        UUID participantId,
        TargetGroup targetGroup,
        LocalDate effectiveDate) implements EventPayload {

    public ParticipantTargetGroupChanged {
        Checks.required(participantId, "participantId");
        Checks.required(targetGroup, "targetGroup");
        Checks.required(effectiveDate, "effectiveDate");
    }
}
