package nl.inburgering.map.domain.rules;

import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.kit.problem.RuleViolationException;

/**
 * Whom the MAP applies to (rules §5 [C], N11): participants whose current PIP is on the B1-route or the Z-route, not
 * the Onderwijsroute. The current route decides, so a route switch makes it apply or not again; what was recorded
 * before stays, and counts again after a switch back.
 */
public final class MapApplicability {

    private MapApplicability() {
    }

    /** @return whether the MAP applies on {@code route}; false for none */
    public static boolean appliesTo(Route route) {
        return route == Route.B1 || route == Route.SELF_SUFFICIENCY;
    }

    /**
     * @param route the current PIP's route; null when no PIP is known here
     * @throws RuleViolationException {@link RuleCodes#PLAN_NOT_YET_KNOWN} or {@link RuleCodes#NOT_FOR_EDUCATION_ROUTE}
     */
    public static void require(Route route) {
        if (route == null) {
            throw new RuleViolationException(RuleCodes.PLAN_NOT_YET_KNOWN, "no current PIP of this participant is "
                    + "known here, so whether the MAP applies (B1-route and Z-route only) is not decided yet; "
                    + "establish the PIP in pip-service first, or try again in a moment");
        }
        if (!appliesTo(route)) {
            throw new RuleViolationException(RuleCodes.NOT_FOR_EDUCATION_ROUTE,
                    "the MAP does not apply to the Onderwijsroute, the route of the current PIP");
        }
    }
}
