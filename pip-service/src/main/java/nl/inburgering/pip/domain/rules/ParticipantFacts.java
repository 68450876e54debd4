package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.TargetGroup;

/**
 * What the PIP rules need to know about the participant.
 *
 * @param targetGroup                  doelgroep; required (estimated B1 intensity, Z-route participation hours)
 * @param obligationStartDate          start of the inburgeringsplicht (DUO {@code begindatum}); required
 * @param municipalityRegistrationDate registration in the municipality that sets the PIP (after a move: the
 *                                     new municipality, E10); null when unknown (e.g. still in a COA
 *                                     location), and then DUO-PIP-2 is not checked
 */
public record ParticipantFacts(
        TargetGroup targetGroup,
        LocalDate obligationStartDate,
        LocalDate municipalityRegistrationDate) {

    public ParticipantFacts {
        Objects.requireNonNull(targetGroup, "targetGroup");
        Objects.requireNonNull(obligationStartDate, "obligationStartDate");
    }
}
