package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.problem.RuleViolationException;

/**
 * Registering the Z-route completion, the date of the final interview (DUO {@code datumAfrondingZroute},
 * SDI016; §3.3, §9). Checks, in this order:
 * <ol>
 *   <li>§3.3: the current PIP is on the Z-route;</li>
 *   <li>DUO-ZROUTE-1: the date is not after {@code today} (today itself is allowed);</li>
 *   <li>DUO-ZROUTE-2: the date is not before the term start (the term start itself is allowed);</li>
 *   <li>N13 / N14: the hours were met on or before the date ({@link ZRouteHours}, "an eindgesprek once the
 *       hours are done");</li>
 *   <li>E17: no known MAP or PVT date lies after it.</li>
 * </ol>
 *
 * <p>E17 and the order of MAP, PVT and Z-route: DUO refuses MAP and PVT dates after the Z-route completion
 * date, so the completion must be dated on or after both. A MAP or PVT that is not known yet is, by default,
 * no obstacle: those facts belong to map-service and pvt-service and may arrive later, dated earlier; those
 * services must then refuse a date after the Z-route completion they learnt from {@code zroute.completed}.
 * {@link CompletionPolicy} requires all three and dates the completion at the latest of them, so a completion
 * is never dated before the MAP or PVT. Set {@code requireMapAndPvtFirst} to refuse a Z-route completion until
 * both are known (stricter, but it depends on event arrival order).
 */
public final class ZRouteCompletionPolicy {

    private final ZRouteHours hours;
    private final boolean requireMapAndPvtFirst;

    public ZRouteCompletionPolicy() {
        this(new ZRouteHours(), false);
    }

    public ZRouteCompletionPolicy(ZRouteHours hours, boolean requireMapAndPvtFirst) {
        this.hours = Objects.requireNonNull(hours, "hours");
        this.requireMapAndPvtFirst = requireMapAndPvtFirst;
    }

    /**
     * @param facts              route, target group, hours, term start, MAP and PVT dates
     * @param finalInterviewDate the proposed Z-route completion date
     * @param today              the current date (Europe/Amsterdam)
     * @return the hours as of the final interview (met)
     * @throws RuleViolationException with one of the codes above
     */
    public ZRouteHoursAssessment requireCompletable(ZRouteCompletionFacts facts, LocalDate finalInterviewDate,
                                                    LocalDate today) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(finalInterviewDate, "finalInterviewDate");
        Objects.requireNonNull(today, "today");
        if (facts.currentRoute() != Route.SELF_SUFFICIENCY) {
            throw new RuleViolationException(RuleCodes.ZROUTE_ONLY_ON_ZROUTE,
                    "a Z-route completion needs a current PIP on the Z-route");
        }
        if (finalInterviewDate.isAfter(today)) {
            throw new RuleViolationException(RuleCodes.ZROUTE_NOT_IN_FUTURE,
                    "the Z-route completion date may not lie in the future");
        }
        if (facts.termStart() == null || finalInterviewDate.isBefore(facts.termStart())) {
            throw new RuleViolationException(RuleCodes.ZROUTE_NOT_BEFORE_TERM_START,
                    "the Z-route completion date may not lie before the start of the civic integration term");
        }
        ZRouteHoursAssessment assessment = hours.assess(facts.hours(), facts.targetGroup(),
                facts.participationHoursCap(), finalInterviewDate);
        if (!assessment.met()) {
            boolean asylum = facts.targetGroup() == TargetGroup.ASYLUM_PERMIT_HOLDER;
            throw new RuleViolationException(asylum ? RuleCodes.ZROUTE_HOURS_ASYLUM : RuleCodes.ZROUTE_HOURS_FAMILY,
                    "the Z-route hours were not met by the final interview: course hours "
                            + assessment.courseHoursCounted() + " of " + assessment.courseHoursRequired()
                            + (asylum ? ", participation hours " + assessment.participationHoursCounted()
                                    + " of " + assessment.participationHoursRequired() : ""));
        }
        requireNotBefore(facts.mapCompletedOn(), finalInterviewDate, "MAP final interview");
        requireNotBefore(facts.pvtSignedOn(), finalInterviewDate, "signing of the participation statement");
        return assessment;
    }

    /** @return whether {@link #requireCompletable} would accept the date */
    public boolean isCompletable(ZRouteCompletionFacts facts, LocalDate finalInterviewDate, LocalDate today) {
        try {
            requireCompletable(facts, finalInterviewDate, today);
            return true;
        } catch (RuleViolationException e) {
            return false;
        }
    }

    private void requireNotBefore(LocalDate partDate, LocalDate finalInterviewDate, String part) {
        if (partDate == null && requireMapAndPvtFirst) {
            throw new RuleViolationException(RuleCodes.ZROUTE_NOT_BEFORE_MAP_OR_PVT,
                    "the " + part + " must be registered before the Z-route completion");
        }
        if (partDate != null && partDate.isAfter(finalInterviewDate)) {
            throw new RuleViolationException(RuleCodes.ZROUTE_NOT_BEFORE_MAP_OR_PVT,
                    "the Z-route completion may not lie before the " + part);
        }
    }
}
