package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.CompletionRequirement;

/**
 * {@code nl.inburgering.integration.outstanding-changed}: the requirements still open for the participant changed
 * (a requirement met, withdrawn, exempted, or a PIP revision changing the route). Published by pip-service's
 * completion check, which alone judges completion, each time the open set differs from the one it published last;
 * deadline-service keeps the latest for {@code term.exceeded}. Not published once the integration is completed
 * ({@code integration.completed} says that) or the case is closed.
 *
 * @param participantId the inburgeringsplichtige
 * @param outstanding   the requirements of the current route still open (non-empty)
 * @param planVersion   the PIP-versie whose requirements were checked
 * @param assessedOn    the day of the check (Europe/Amsterdam)
 */
public record IntegrationOutstandingChanged(
        UUID participantId,
        Set<CompletionRequirement> outstanding,
        int planVersion,
        LocalDate assessedOn) implements EventPayload {

    public IntegrationOutstandingChanged {
        Checks.required(participantId, "participantId");
        outstanding = Checks.enumSet(CompletionRequirement.class, outstanding, "outstanding");
        if (outstanding.isEmpty()) {
            throw new IllegalArgumentException("outstanding must not be empty");
        }
        Checks.atLeast(planVersion, 1, "planVersion");
        Checks.required(assessedOn, "assessedOn");
    }
}
