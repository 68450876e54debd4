package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;

/**
 * The current PIP as the completion check needs it (DESIGN §2: "apply the current PIP's route requirements").
 *
 * @param version          the PIP version (1 = initial)
 * @param route            the current route
 * @param level            the PIP level: for the Onderwijsroute B1 or B2 (null = B1); not used otherwise
 *                         (the B1-route requires B1 per component unless A2 is permitted; the Z-route has no
 *                         exam requirement)
 * @param routeSince       dagtekening of the PIP from which the current route and its required level apply
 *                         (the earliest version of the current unbroken run with this route and level).
 *                         Completion cannot be dated before it: after a switch, requirements met earlier count
 *                         as met on this day (E3)
 * @param a2PermittedSince per language component permitted at A2 by a later PIP (B1-route, E4), the dagtekening
 *                         of the PIP that first permitted it in the current run; an A2 pass counts from
 *                         that day at the earliest. Empty map when none; ignored outside the B1-route
 */
public record CurrentPlan(
        int version,
        Route route,
        LanguageLevel level,
        LocalDate routeSince,
        Map<ExamComponent, LocalDate> a2PermittedSince) {

    public CurrentPlan {
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(routeSince, "routeSince");
        if (route == Route.EDUCATION && level != null && !level.atLeast(LanguageLevel.B1)) {
            throw new IllegalArgumentException("an Onderwijsroute plan is at B1 or B2");
        }
        EnumMap<ExamComponent, LocalDate> copy = new EnumMap<>(ExamComponent.class);
        if (a2PermittedSince != null) {
            a2PermittedSince.forEach((component, since) -> {
                if (!component.isLanguage()) {
                    throw new IllegalArgumentException("only language components can be permitted at A2");
                }
                copy.put(component, Objects.requireNonNull(since, "a2PermittedSince date"));
            });
        }
        a2PermittedSince = Collections.unmodifiableMap(copy);
    }

    /** A plan without A2 permissions. */
    public static CurrentPlan of(int version, Route route, LanguageLevel level, LocalDate routeSince) {
        return new CurrentPlan(version, route, level, routeSince, Map.of());
    }

    /** @return this plan with {@code component} permitted at A2 from {@code since} */
    public CurrentPlan withA2Permitted(ExamComponent component, LocalDate since) {
        EnumMap<ExamComponent, LocalDate> map = new EnumMap<>(ExamComponent.class);
        map.putAll(a2PermittedSince);
        map.put(component, since);
        return new CurrentPlan(version, route, level, routeSince, map);
    }

    /** @return the components permitted at A2 */
    public Set<ExamComponent> a2PermittedComponents() {
        return a2PermittedSince.keySet();
    }

    /**
     * @return the level a language pass needs without A2 permission: B1 for the B1-route, the plan level (B1
     *         or B2, default B1) for the Onderwijsroute, null for the Z-route (no exam requirement)
     */
    public LanguageLevel requiredLanguageLevel() {
        switch (route) {
            case B1:
                return LanguageLevel.B1;
            case EDUCATION:
                return level == null ? LanguageLevel.B1 : level;
            default:
                return null;
        }
    }
}
