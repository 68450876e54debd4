package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.contracts.vocabulary.Route;

/**
 * {@code nl.inburgering.integration.completed}: every requirement of the participant's route is met
 * (inburgeringsplicht voldaan). Published by pip-service's completion check; deadline-service closes the term.
 *
 * @param participantId the inburgeringsplichtige
 * @param route         the leerroute that was completed
 * @param completedOn   the date the last requirement was met (not the date the event arrived)
 * @param planVersion   the PIP-versie whose requirements were checked
 */
public record IntegrationCompleted(
        UUID participantId,
        Route route,
        LocalDate completedOn,
        int planVersion) implements EventPayload {

    public IntegrationCompleted {
        Checks.required(participantId, "participantId");
        Checks.required(route, "route");
        Checks.required(completedOn, "completedOn");
        Checks.atLeast(planVersion, 1, "planVersion");
    }
}
