package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.contracts.vocabulary.MapPart;

/**
 * {@code nl.inburgering.map.part-completed}: one onderdeel of the Module Arbeidsmarkt en Participatie (MAP) was
 * afgerond. Published by map-service.
 *
 * @param participantId the inburgeringsplichtige
 * @param part          MAP-onderdeel
 * @param completedOn   datum afronding of the part
 */
public record MapPartCompleted(UUID participantId, MapPart part, LocalDate completedOn) implements EventPayload {

    public MapPartCompleted {
        Checks.required(participantId, "participantId");
        Checks.required(part, "part");
        Checks.required(completedOn, "completedOn");
    }
}
