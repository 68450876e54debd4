package nl.inburgering.pip.domain.rules;

import static nl.inburgering.contracts.vocabulary.TargetGroup.ASYLUM_PERMIT_HOLDER;
import static nl.inburgering.contracts.vocabulary.TargetGroup.FAMILY_OR_OTHER_MIGRANT;
import static nl.inburgering.pip.domain.rules.HoursKind.COURSE;
import static nl.inburgering.pip.domain.rules.HoursKind.PARTICIPATION;
import static nl.inburgering.pip.domain.rules.Violations.assertRefusedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;

@DisplayName("ZRouteCompletionPolicy: final interview after the hours, not in the future, not before the term start (§3.3, N13, N14, E17)")
class ZRouteCompletionPolicyTest {

    static final LocalDate TERM_START = LocalDate.of(2024, 3, 2);
    static final LocalDate HOURS_MET = LocalDate.of(2026, 5, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    final ZRouteCompletionPolicy policy = new ZRouteCompletionPolicy();

    static ZRouteCompletionFacts facts(TargetGroup group) {
        return new ZRouteCompletionFacts(Route.SELF_SUFFICIENCY, group,
                List.of(new HoursEntry(COURSE, TERM_START.plusMonths(6), 800), new HoursEntry(PARTICIPATION, HOURS_MET, 800)),
                null, TERM_START, null, null);
    }

    static final ZRouteCompletionFacts ASYLUM = facts(ASYLUM_PERMIT_HOLDER);

    static ZRouteCompletionFacts withMapAndPvt(ZRouteCompletionFacts f, LocalDate map, LocalDate pvt) {
        return new ZRouteCompletionFacts(f.currentRoute(), f.targetGroup(), f.hours(), f.participationHoursCap(),
                f.termStart(), map, pvt);
    }

    @Test
    @DisplayName("a final interview after the hours, in the past, in the term, is accepted")
    void zRouteCompletionIsAccepted() {
        ZRouteHoursAssessment hours = policy.requireCompletable(ASYLUM, HOURS_MET.plusDays(3), TODAY);
        assertThat(hours.met()).isTrue();
        assertThat(hours.metOn()).isEqualTo(HOURS_MET);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Route.class, names = {"B1", "EDUCATION"})
    @DisplayName("§3.3: refused when the current PIP is not on the Z-route")
    void zRouteCompletionNeedsAZRoutePip(Route route) {
        ZRouteCompletionFacts other = new ZRouteCompletionFacts(route, ASYLUM_PERMIT_HOLDER, ASYLUM.hours(), null,
                TERM_START, null, null);
        assertRefusedBy(RuleCodes.ZROUTE_ONLY_ON_ZROUTE, () -> policy.requireCompletable(other, TODAY, TODAY));
    }

    @Test
    @DisplayName("§3.3: refused without a PIP")
    void zRouteCompletionNeedsAPip() {
        ZRouteCompletionFacts none = new ZRouteCompletionFacts(null, ASYLUM_PERMIT_HOLDER, List.of(), null, null, null, null);
        assertRefusedBy(RuleCodes.ZROUTE_ONLY_ON_ZROUTE, () -> policy.requireCompletable(none, TODAY, TODAY));
    }

    @Test
    @DisplayName("DUO-ZROUTE-1: a date tomorrow is refused, today is accepted")
    void zRouteCompletionInTheFutureIsRefused_DUO_ZROUTE() {
        assertRefusedBy(RuleCodes.ZROUTE_NOT_IN_FUTURE, () -> policy.requireCompletable(ASYLUM, TODAY.plusDays(1), TODAY));
        assertThat(policy.isCompletable(ASYLUM, TODAY, TODAY)).isTrue();
    }

    @Test
    @DisplayName("DUO-ZROUTE-2: the day before the term start is refused, the term start itself accepted")
    void zRouteCompletionBeforeTheTermStartIsRefused_DUO_ZROUTE() {
        ZRouteCompletionFacts noHoursNeeded = new ZRouteCompletionFacts(Route.SELF_SUFFICIENCY, ASYLUM_PERMIT_HOLDER,
                List.of(new HoursEntry(COURSE, TERM_START.minusYears(1), 800)), 0, TERM_START, null, null);
        assertRefusedBy(RuleCodes.ZROUTE_NOT_BEFORE_TERM_START,
                () -> policy.requireCompletable(noHoursNeeded, TERM_START.minusDays(1), TODAY));
        assertThat(policy.isCompletable(noHoursNeeded, TERM_START, TODAY)).isTrue();
    }

    @Test
    @DisplayName("DUO-ZROUTE-2: refused when no term was set")
    void zRouteCompletionWithoutATermIsRefused_DUO_ZROUTE() {
        ZRouteCompletionFacts noTerm = new ZRouteCompletionFacts(Route.SELF_SUFFICIENCY, ASYLUM_PERMIT_HOLDER,
                ASYLUM.hours(), null, null, null, null);
        assertRefusedBy(RuleCodes.ZROUTE_NOT_BEFORE_TERM_START, () -> policy.requireCompletable(noTerm, TODAY, TODAY));
    }

    @Test
    @DisplayName("N13: refused for an asylum permit holder whose participation hours were not met by the final interview")
    void zRouteCompletionBeforeTheHoursAreMetIsRefused_N13() {
        assertRefusedBy(RuleCodes.ZROUTE_HOURS_ASYLUM,
                () -> policy.requireCompletable(ASYLUM, HOURS_MET.minusDays(1), TODAY));
        assertThat(policy.isCompletable(ASYLUM, HOURS_MET, TODAY)).isTrue();
    }

    @Test
    @DisplayName("N14: a family migrant needs only the course hours, and is refused without them")
    void familyMigrantNeedsOnlyCourseHours_N14() {
        ZRouteCompletionFacts family = facts(FAMILY_OR_OTHER_MIGRANT);
        assertThat(policy.isCompletable(family, HOURS_MET.minusDays(1), TODAY)).isTrue();
        assertRefusedBy(RuleCodes.ZROUTE_HOURS_FAMILY,
                () -> policy.requireCompletable(family, TERM_START.plusMonths(6).minusDays(1), TODAY));
    }

    @Test
    @DisplayName("E12: a participation cap of 0 leaves only the course hours")
    void participationCapZero_E12() {
        ZRouteCompletionFacts capped = new ZRouteCompletionFacts(Route.SELF_SUFFICIENCY, ASYLUM_PERMIT_HOLDER,
                List.of(new HoursEntry(COURSE, TERM_START.plusMonths(6), 800)), 0, TERM_START, null, null);
        assertThat(policy.isCompletable(capped, TERM_START.plusMonths(6), TODAY)).isTrue();
    }

    @Test
    @DisplayName("E17: a Z-route completion before the known MAP date is refused; on the same day it is accepted")
    void zRouteCompletionBeforeTheMapIsRefused_E17() {
        LocalDate interview = HOURS_MET.plusDays(10);
        assertRefusedBy(RuleCodes.ZROUTE_NOT_BEFORE_MAP_OR_PVT, () -> policy.requireCompletable(
                withMapAndPvt(ASYLUM, interview.plusDays(1), null), interview, TODAY));
        assertThat(policy.isCompletable(withMapAndPvt(ASYLUM, interview, interview), interview, TODAY)).isTrue();
    }

    @Test
    @DisplayName("E17: a Z-route completion before the known PVT date is refused")
    void zRouteCompletionBeforeThePvtIsRefused_E17() {
        LocalDate interview = HOURS_MET.plusDays(10);
        assertRefusedBy(RuleCodes.ZROUTE_NOT_BEFORE_MAP_OR_PVT, () -> policy.requireCompletable(
                withMapAndPvt(ASYLUM, interview.minusDays(5), interview.plusDays(1)), interview, TODAY));
    }

    @Test
    @DisplayName("E17: a MAP or PVT not known yet is no obstacle by default, and is when configured strict")
    void unknownMapOrPvt_E17() {
        LocalDate interview = HOURS_MET.plusDays(10);
        assertThat(policy.isCompletable(ASYLUM, interview, TODAY)).isTrue();

        ZRouteCompletionPolicy strict = new ZRouteCompletionPolicy(new ZRouteHours(), true);
        assertRefusedBy(RuleCodes.ZROUTE_NOT_BEFORE_MAP_OR_PVT, () -> strict.requireCompletable(
                withMapAndPvt(ASYLUM, interview, null), interview, TODAY));
        assertRefusedBy(RuleCodes.ZROUTE_NOT_BEFORE_MAP_OR_PVT, () -> strict.requireCompletable(
                withMapAndPvt(ASYLUM, null, interview), interview, TODAY));
        assertThat(strict.isCompletable(withMapAndPvt(ASYLUM, interview, interview), interview, TODAY)).isTrue();
    }
}
