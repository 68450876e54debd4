package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code nl.inburgering.plan.deleted}: a PIP was deleted, with all its versions, before the term started and
 * before any course hours were registered (DUO-PIP-7). Published by pip-service. There is no PIP any more: a PIP
 * established later is the initiële PIP again. Consumers that keep the plan drop it if it is this {@code planId}.
 *
 * @param participantId the inburgeringsplichtige
 * @param planId        the deleted PIP (the id its {@code plan.established} events carried)
 * @param deletedOn     the day it was deleted
 */
public record PlanDeleted(UUID participantId, UUID planId, LocalDate deletedOn) implements EventPayload {

    public PlanDeleted {
        Checks.required(participantId, "participantId");
        Checks.required(planId, "planId");
        Checks.required(deletedOn, "deletedOn");
    }
}
