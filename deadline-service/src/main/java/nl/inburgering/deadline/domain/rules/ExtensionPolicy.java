package nl.inburgering.deadline.domain.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.problem.RuleViolationException;

/**
 * Whether DUO's extension of the term may be recorded, and the new end (rules §7.2, E6, E7). In order:
 * <ol>
 *   <li>{@code §7.2-ROUTE}, {@code §7.2-TARGET-GROUP}: the ground is for the participant's route and target group;</li>
 *   <li>{@code §7.2-WINDOW}: for most grounds the request is filed once the term has run 2.5 years;</li>
 *   <li>{@code §7.2-ONCE-PER-PERIOD}: one extension per period: a request filed before the end that the last
 *       extension moved (within the period it already extended) is refused;</li>
 *   <li>{@code §7.2-EXTRA-TIME}: the extra time within the ground's minimum and maximum.</li>
 * </ol>
 * The new exclusive end is the current end plus the extra time; a decision after the end (E6) still counts from it,
 * and reopens the term when the new end lies after the day of the decision.
 */
public final class ExtensionPolicy {

    public static final String ROUTE = "§7.2-ROUTE";
    public static final String TARGET_GROUP = "§7.2-TARGET-GROUP";
    public static final String WINDOW = "§7.2-WINDOW";
    public static final String ONCE_PER_PERIOD = "§7.2-ONCE-PER-PERIOD";
    public static final String EXTRA_TIME = "§7.2-EXTRA-TIME";

    /** §7.2 [C]: "in its last 6 months": once the term has run 2.5 years. */
    public static final Period WINDOW_OPENS_AFTER = Period.ofMonths(30);

    /**
     * @param termStart          the first day of the term
     * @param endExclusive       the term's end as it stands (extensions included)
     * @param periodStart        the first day of the current period: the term start, or the end the last extension
     *                           moved
     * @param route              the current PIP's route; null when not known
     * @param targetGroup        the target group whose rights apply on the request day; null when not known
     * @param ground             the ground
     * @param extraTime          the extra time DUO decided
     * @param requestedOn        the day the request was filed (for an ambtshalve decision, the day of the decision)
     */
    public record Facts(LocalDate termStart, LocalDate endExclusive, LocalDate periodStart, Route route,
            TargetGroup targetGroup, ExtensionGround ground, Period extraTime, LocalDate requestedOn) {

        public Facts {
            Objects.requireNonNull(termStart, "termStart");
            Objects.requireNonNull(endExclusive, "endExclusive");
            Objects.requireNonNull(periodStart, "periodStart");
            Objects.requireNonNull(ground, "ground");
            Objects.requireNonNull(extraTime, "extraTime");
            Objects.requireNonNull(requestedOn, "requestedOn");
        }
    }

    private final Map<ExtensionGround, Period> maximum;

    /** @param maximumOverrides configured maxima of the [?] grounds; a fixed ground's is never overridden */
    public ExtensionPolicy(Map<ExtensionGround, Period> maximumOverrides) {
        maximum = new EnumMap<>(ExtensionGround.class);
        for (ExtensionGround g : ExtensionGround.values()) {
            Period override = maximumOverrides.get(g);
            maximum.put(g, override == null || g.fixed() ? g.defaultMaximum() : override);
        }
    }

    public Period maximum(ExtensionGround ground) {
        return maximum.get(ground);
    }

    /** Whether {@code ground} may be asked on {@code day} (the window of 2.5 years), for the caller's information. */
    public static LocalDate windowOpensOn(LocalDate termStart) {
        return termStart.plus(WINDOW_OPENS_AFTER);
    }

    /**
     * @return the new exclusive end
     * @throws RuleViolationException one of the codes above
     */
    public LocalDate requireAllowed(Facts f) {
        ExtensionGround g = f.ground();
        if (g.routes() != null && (f.route() == null || !g.routes().contains(f.route()))) {
            throw new RuleViolationException(ROUTE, "the ground " + g + " is for the routes " + g.routes()
                    + ", and the participant's current PIP is " + (f.route() == null ? "not known" : "on " + f.route()));
        }
        if (g.targetGroups() != null && (f.targetGroup() == null || !g.targetGroups().contains(f.targetGroup()))) {
            throw new RuleViolationException(TARGET_GROUP, "the ground " + g + " is for " + g.targetGroups());
        }
        LocalDate opens = windowOpensOn(f.termStart());
        if (g.lastSixMonthsOnly() && f.requestedOn().isBefore(opens)) {
            throw new RuleViolationException(WINDOW, "an extension on the ground " + g + " is requested once the "
                    + "term has run 2.5 years, from " + opens + "; this request is of " + f.requestedOn());
        }
        if (f.requestedOn().isBefore(f.periodStart())) {
            throw new RuleViolationException(ONCE_PER_PERIOD, "the term was extended already for the period that "
                    + "ends on " + f.periodStart() + " (exclusive); one extension per period, and this request of "
                    + f.requestedOn() + " lies in that period");
        }
        LocalDate newEnd = f.endExclusive().plus(f.extraTime());
        LocalDate earliest = f.endExclusive().plus(g.minimum());
        LocalDate latest = f.endExclusive().plus(maximum(g));
        if (newEnd.isBefore(earliest) || newEnd.isAfter(latest)) {
            throw new RuleViolationException(EXTRA_TIME, "the ground " + g + " extends by "
                    + (g.fixed() ? "exactly " + g.minimum() : "from " + g.minimum() + " to " + maximum(g))
                    + " (ISO 8601), not " + f.extraTime());
        }
        return newEnd;
    }
}
