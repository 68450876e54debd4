package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
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
 * @param level                 taalniveau of the plan as DUO records it (NiveauPip): the <em>lowest</em> level over
 *                              the components, so A2 for a B1-route PIP with any component permitted at A2; may be
 *                              absent for the Z-route. Do not judge a single component by it: use
 *                              {@code requiredLevels}.
 * @param a2PermittedComponents language components that this plan permits at A2 (afschalen, only in a later PIP
 *                              of the B1-route); empty when none. Never KNM, which has no level.
 * @param municipalityCode      the gemeente that established the plan (CBS code)
 * @param requiredLevels        per language component, the level this plan requires it to be passed at (issue 8
 *                              item 1, N7, E4): B1-route A2 where permitted and B1 elsewhere; Onderwijsroute the plan
 *                              level; Z-route the plan level if one is set, else none. Never KNM. Added to
 *                              version 1 as an optional field: when an event lacks it, {@link #deriveRequiredLevels}
 *                              fills it in, so every consumer reads the same answer.
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
        String municipalityCode,
        @OptionalField Map<ExamComponent, LanguageLevel> requiredLevels) implements EventPayload {

    /** A plan whose required levels follow from its route, level and A2 permissions ({@link #deriveRequiredLevels}). */
    public PlanEstablished(UUID participantId, UUID planId, int version, boolean initial, LocalDate dateOfIssue,
            Route route, LanguageLevel level, Set<ExamComponent> a2PermittedComponents, String municipalityCode) {
        this(participantId, planId, version, initial, dateOfIssue, route, level, a2PermittedComponents,
                municipalityCode, null);
    }

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
        EnumMap<ExamComponent, LanguageLevel> levels = new EnumMap<>(ExamComponent.class);
        levels.putAll(requiredLevels == null ? deriveRequiredLevels(route, level, a2PermittedComponents) : requiredLevels);
        levels.forEach((component, required) -> {
            Checks.required(component, "requiredLevels key");
            Checks.required(required, "requiredLevels value");
            if (!component.isLanguage()) {
                throw new IllegalArgumentException("requiredLevels must not contain KNM (it has no level)");
            }
        });
        requiredLevels = Collections.unmodifiableMap(levels);
    }

    /**
     * The level each language component must be passed at under a plan with this route, DUO level and A2
     * permissions (rules §3.1, §3.2, E4): on the B1-route B1, or A2 for a component permitted at A2 (DUO's level is
     * then A2, the minimum); on the Onderwijsroute the plan level (B1 or B2); on the Z-route the plan level when
     * one is set (it has no exam requirement), otherwise none.
     */
    public static Map<ExamComponent, LanguageLevel> deriveRequiredLevels(Route route, LanguageLevel level,
            Set<ExamComponent> a2PermittedComponents) {
        EnumMap<ExamComponent, LanguageLevel> levels = new EnumMap<>(ExamComponent.class);
        for (ExamComponent component : ExamComponent.values()) {
            if (!component.isLanguage()) {
                continue;
            }
            LanguageLevel required = switch (route) {
                case B1 -> a2PermittedComponents.contains(component) ? LanguageLevel.A2 : LanguageLevel.B1;
                case EDUCATION -> level == null ? LanguageLevel.B1 : level;
                case SELF_SUFFICIENCY -> level;
            };
            if (required != null) {
                levels.put(component, required);
            }
        }
        return levels;
    }

    /** The level {@code component} must be passed at under this plan; null for KNM or when the plan sets none. */
    public LanguageLevel requiredLevel(ExamComponent component) {
        return requiredLevels.get(component);
    }
}
