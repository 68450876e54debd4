package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;

/**
 * One registered version of the participant's PIP, as {@link PlanTimeline} needs it.
 *
 * @param version               PIP version, 1 for the first (after a deletion numbering starts again)
 * @param initial               whether it was registered as the initial PIP
 * @param routeSwitch           whether it switched route (counts towards N16)
 * @param dateOfIssue           dagtekening
 * @param route                 leerroute
 * @param level                 the normalised level ({@link PlanRules}); null for a Z-route PIP without one
 * @param a2PermittedComponents language components permitted at A2 (B1-route, E4); never null
 */
public record RecordedPlan(
        int version,
        boolean initial,
        boolean routeSwitch,
        LocalDate dateOfIssue,
        Route route,
        LanguageLevel level,
        Set<ExamComponent> a2PermittedComponents) {

    public RecordedPlan {
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
        Objects.requireNonNull(dateOfIssue, "dateOfIssue");
        Objects.requireNonNull(route, "route");
        a2PermittedComponents = a2PermittedComponents == null || a2PermittedComponents.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(a2PermittedComponents));
    }
}
