package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.contracts.vocabulary.RightsAfterChange;
import nl.inburgering.contracts.vocabulary.TargetGroup;

/**
 * {@code nl.inburgering.participant.target-group-changed}: the participant's doelgroep changed
 * (e.g. a family migrant became an asylum permit holder). Published by pip-service when DUO reports it, which may
 * be before the effective date: consumers apply the new group from {@code effectiveDate} on, not on arrival
 * (issue 8 item 3, E11).
 *
 * @param participantId     the inburgeringsplichtige
 * @param targetGroup       the new doelgroep
 * @param effectiveDate     ingangsdatum of the new doelgroep (inclusive)
 * @param rightsAfterChange DUO's AsielrechtenWijzigingVerblijfsdoel: which rights apply from then on ("Behoud
 *                          asielrechten": a family migrant who keeps asylum rights). Optional, added to version 1;
 *                          absent means the rights of the new group ({@link RightsAfterChange#defaultFor}), and
 *                          the accessor then answers that default. Must describe a change to {@code targetGroup}.
 */
public record ParticipantTargetGroupChanged(
        UUID participantId,
        TargetGroup targetGroup,
        LocalDate effectiveDate,
        @OptionalField RightsAfterChange rightsAfterChange) implements EventPayload {

    /** A change with the rights of the new group. */
    public ParticipantTargetGroupChanged(UUID participantId, TargetGroup targetGroup, LocalDate effectiveDate) {
        this(participantId, targetGroup, effectiveDate, null);
    }

    public ParticipantTargetGroupChanged {
        Checks.required(participantId, "participantId");
        Checks.required(targetGroup, "targetGroup");
        Checks.required(effectiveDate, "effectiveDate");
        if (rightsAfterChange == null) {
            rightsAfterChange = RightsAfterChange.defaultFor(targetGroup);
        } else if (rightsAfterChange.newGroup() != targetGroup) {
            throw new IllegalArgumentException("rightsAfterChange " + rightsAfterChange
                    + " describes a change to " + rightsAfterChange.newGroup() + ", not to " + targetGroup);
        }
    }

    /** Whether asylum rights (free exam attempts, the asylum Z-route hours) apply from {@code effectiveDate}. */
    public boolean asylumRights() {
        return rightsAfterChange.asylumRights();
    }
}
