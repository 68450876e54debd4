package nl.inburgering.deadline.domain.rules;

import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;

/**
 * The grounds on which DUO extends the term "bij geen verwijt" (rules §7.2, Wet art. 12, Besluit art. 4.3–4.5), each
 * with its conditions and its extra time. [C] amounts are fixed here; [?] amounts are defaults that
 * {@code deadline.extension.maximum.<GROUND>} overrides (ExtensionRulesConfig). DUO's verlengingsgrondcode is a free
 * code list (GET /verlengingsgronden); {@code OTHER} stands for a code not listed here.
 */
public enum ExtensionGround {
    /** More than 3 months ill (the person or a family member); extra time: the illness period [?]. */
    ILLNESS(true, Period.ofDays(1), Period.ofYears(1), null, null),
    /** Childbirth within the term: 16 weeks [C]. */
    CHILDBIRTH(true, Period.ofWeeks(16), Period.ofWeeks(16), null, null),
    /** Death of a family member: 3 months under the Wi2013 policy rule [?]. */
    DEATH_OF_FAMILY_MEMBER(true, Period.ofDays(1), Period.ofMonths(3), null, null),
    /** A literacy course of at least 3 consecutive months, B1-route or Onderwijsroute: 3 to 6 months [C]. */
    LITERACY_COURSE(true, Period.ofMonths(3), Period.ofMonths(6), EnumSet.of(Route.B1, Route.EDUCATION), null),
    /** Many lessons and exams (automatic): at most 6 months [I]. */
    MANY_LESSONS_AND_EXAMS(true, Period.ofDays(1), Period.ofMonths(6), null, null),
    /** Non-exempting education (praktijkonderwijs, VSO, entree): [?]. */
    NON_EXEMPTING_EDUCATION(true, Period.ofDays(1), Period.ofYears(1), null, null),
    /** The course offer did not start in time (asylum permit holders): [?]. */
    LATE_COURSE_OFFER(true, Period.ofDays(1), Period.ofYears(1), null, EnumSet.of(TargetGroup.ASYLUM_PERMIT_HOLDER)),
    /** Special individual circumstances of at least 3 consecutive months: [?]. */
    BIO(true, Period.ofDays(1), Period.ofYears(1), null, null),
    /** Several circumstances, together at least 3 consecutive months (Wi2021): [?]. */
    COMBINED_CIRCUMSTANCES(true, Period.ofDays(1), Period.ofYears(1), null, null),
    /** Exam marking delays (2026): automatic, 6 months, whenever in the term [I]. */
    MARKING_DELAY(false, Period.ofMonths(6), Period.ofMonths(6), null, null),
    /** A DUO code not listed here: DUO's decision stands as sent [?]. */
    OTHER(false, Period.ofDays(1), Period.ofYears(2), null, null);

    private final boolean lastSixMonthsOnly;
    private final Period minimum;
    private final Period maximum;
    private final Set<Route> routes;
    private final Set<TargetGroup> targetGroups;

    ExtensionGround(boolean lastSixMonthsOnly, Period minimum, Period maximum, Set<Route> routes,
            Set<TargetGroup> targetGroups) {
        this.lastSixMonthsOnly = lastSixMonthsOnly;
        this.minimum = minimum;
        this.maximum = maximum;
        this.routes = routes;
        this.targetGroups = targetGroups;
    }

    /** §7.2 [C]: for most grounds a request only once the term has run at least 2.5 years. */
    public boolean lastSixMonthsOnly() {
        return lastSixMonthsOnly;
    }

    public Period minimum() {
        return minimum;
    }

    /** The default maximum; configuration may set another for a [?] ground. */
    public Period defaultMaximum() {
        return maximum;
    }

    /** The routes the ground is for; null for every route. */
    public Set<Route> routes() {
        return routes;
    }

    /** The target groups the ground is for; null for both. */
    public Set<TargetGroup> targetGroups() {
        return targetGroups;
    }

    /** Whether the extra time is fixed by law (minimum = maximum). */
    public boolean fixed() {
        return minimum.equals(maximum);
    }
}
