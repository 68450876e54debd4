package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.kit.problem.RuleViolationException;

/**
 * Changing learning route (schakelen), N16, §3.4, E3 [S]: allowed once; B1-route → Onderwijsroute only within
 * 18 months of the term start; Onderwijsroute → B1-route at any time, also in an extended or new term. The term
 * does not restart (Wet art. 11(3)), so the switch is judged against the original term start.
 *
 * <p>Decisions, all in {@link Config} because N16 is only semi-official [S]:
 * <ul>
 *   <li><b>Window boundary.</b> The 18 months are a period [term start, term start + 18 months), start
 *       inclusive and end exclusive, the way DUO represents the term itself (N3). A PIP dated on the last day
 *       before {@code termStart + 18 months} may still switch B1 → Onderwijsroute; one dated on that day may
 *       not. Month arithmetic is {@link LocalDate#plus}: 31 August + 18 months = 28/29 February. A switch
 *       dated before the term start (a revision on the day of the initial PIP) is within the window.</li>
 *   <li><b>Z-route.</b> The sources name only B1 ↔ Onderwijsroute. By default a switch to or from the
 *       Z-route is allowed without a time limit, and it uses up the one switch (N16 says "once" for all
 *       routes). Set {@code switchesInvolvingZRouteAllowed = false} to refuse them.</li>
 *   <li><b>What counts.</b> Every PIP whose route differs from the current PIP's is a switch, a correction
 *       on the day of the initial PIP included (delete and re-register instead, {@link PlanDeletionPolicy}).</li>
 * </ul>
 * Refusals name no dates of the participant (RuleViolationException: no personal data in the detail).
 */
public final class RouteSwitchPolicy {

    /**
     * @param maxSwitches                    how many switches a participant may make (N16: 1)
     * @param b1ToEducationWindow            how long after the term start B1 → Onderwijsroute is allowed
     *                                       (N16: 18 months), end exclusive
     * @param switchesInvolvingZRouteAllowed whether a switch to or from the Z-route is allowed (not in the
     *                                       sources; default true)
     */
    public record Config(int maxSwitches, Period b1ToEducationWindow, boolean switchesInvolvingZRouteAllowed) {

        public Config {
            if (maxSwitches < 0) {
                throw new IllegalArgumentException("maxSwitches must not be negative");
            }
            Objects.requireNonNull(b1ToEducationWindow, "b1ToEducationWindow");
        }

        /** Once; 18 months for B1 → Onderwijsroute; Z-route switches allowed. */
        public static Config defaults() {
            return new Config(1, Period.ofMonths(18), true);
        }
    }

    private final Config config;

    public RouteSwitchPolicy() {
        this(Config.defaults());
    }

    public RouteSwitchPolicy(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    /**
     * @param from          route of the current PIP
     * @param to            route of the proposed PIP; equal to {@code from} = no switch, always allowed
     * @param switchesSoFar switches already made
     * @param termStart     first day of the term; null if it has not been set
     * @param dateOfIssue   dagtekening of the PIP that switches
     * @throws RuleViolationException {@link RuleCodes#ROUTE_SWITCH} when the switch is not allowed
     */
    public void requireAllowed(Route from, Route to, int switchesSoFar, LocalDate termStart, LocalDate dateOfIssue) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(dateOfIssue, "dateOfIssue");
        if (from == to) {
            return;
        }
        if (switchesSoFar >= config.maxSwitches()) {
            throw violation(config.maxSwitches() == 1
                    ? "a route switch is allowed once, and it has been made"
                    : "at most " + config.maxSwitches() + " route switches are allowed; made: " + switchesSoFar);
        }
        if ((from == Route.SELF_SUFFICIENCY || to == Route.SELF_SUFFICIENCY) && !config.switchesInvolvingZRouteAllowed()) {
            throw violation("a switch to or from the Z-route is not allowed");
        }
        if (from == Route.B1 && to == Route.EDUCATION && termStart != null
                && !dateOfIssue.isBefore(b1ToEducationWindowEnd(termStart))) {
            throw violation("a switch from the B1-route to the Onderwijsroute is allowed only within "
                    + describe(config.b1ToEducationWindow()) + " of the term start");
        }
    }

    /** @return whether {@link #requireAllowed} would accept the switch */
    public boolean isAllowed(Route from, Route to, int switchesSoFar, LocalDate termStart, LocalDate dateOfIssue) {
        try {
            requireAllowed(from, to, switchesSoFar, termStart, dateOfIssue);
            return true;
        } catch (RuleViolationException e) {
            return false;
        }
    }

    /** @return the first day on which B1 → Onderwijsroute is no longer allowed (exclusive end of the window) */
    public LocalDate b1ToEducationWindowEnd(LocalDate termStart) {
        return termStart.plus(config.b1ToEducationWindow());
    }

    private static String describe(Period period) {
        return period.toTotalMonths() > 0 && period.getDays() == 0
                ? period.toTotalMonths() + " months"
                : period.toString();
    }

    private static RuleViolationException violation(String detail) {
        return new RuleViolationException(RuleCodes.ROUTE_SWITCH, detail);
    }
}
