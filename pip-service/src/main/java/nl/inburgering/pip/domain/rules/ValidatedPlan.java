package nl.inburgering.pip.domain.rules;

import java.util.Objects;

/**
 * A proposed PIP that passed {@link PlanRules}, normalised (level default, derived A2 level).
 *
 * @param plan        the normalised plan, to be stored and published ({@code plan.established})
 * @param initial     whether it is the first PIP of this case (the {@code initial} flag of
 *                    {@code plan.established}); false for a revision
 * @param routeSwitch whether it changes the route of the current PIP (counts towards N16)
 */
public record ValidatedPlan(ProposedPlan plan, boolean initial, boolean routeSwitch) {

    public ValidatedPlan {
        Objects.requireNonNull(plan, "plan");
    }
}
