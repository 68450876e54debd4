package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;

/**
 * {@code nl.inburgering.plan.established}: a persoonlijk plan inburgering en participatie (PIP) was vastgesteld,
 * the first one or a revision. Published by pip-service; the first one starts the term (the day after its
 * dagtekening).
 *
 * @param participantId         the inburgeringsplichtige
 * @param planId                the PIP (same id across its versions)
 * @param version               PIP-versie, 1 for the first
 * @param initial               {@code true} for the initiële PIP (the one whose dagtekening starts the term)
 * @param dateOfIssue           dagtekening of this PIP version
 * @param route                 leerroute
 * @param level                 taalniveau of the plan (B1-route/onderwijsroute: A2, B1 or B2); may be absent for the Z-route
 * @param a2PermittedComponents language components that this plan permits at A2 (afschalen, only in a later PIP
 *                              of the B1-route); empty when none. Never KNM, which has no level.
 * @param municipalityCode      the gemeente that established the plan (CBS code)
 */
public record PlanEstablished(
        UUID participantId,
        UUID planId,
        int version,
        boolean initial,
        LocalDate dateOfIssue,
        Route route,
        @OptionalField LanguageLevel level,
        Set<ExamComponent> a2PermittedComponents,
        String municipalityCode) implements EventPayload {

    public PlanEstablished {
        Checks.required(participantId, "participantId");
        Checks.required(planId, "planId");
        Checks.atLeast(version, 1, "version");
        Checks.required(dateOfIssue, "dateOfIssue");
        Checks.required(route, "route");
        if (route != Route.SELF_SUFFICIENCY) {
            Checks.required(level, "level"); // the Z-route has no formal level (DUO's niveau is optional)
        }
        a2PermittedComponents = Checks.enumSet(ExamComponent.class, a2PermittedComponents, "a2PermittedComponents");
        if (a2PermittedComponents.contains(ExamComponent.KNM)) {
            throw new IllegalArgumentException("a2PermittedComponents must not contain KNM (it has no level)");
        }
        Checks.municipalityCode(municipalityCode, "municipalityCode");
    }
}
