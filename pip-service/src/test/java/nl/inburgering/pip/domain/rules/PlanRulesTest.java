package nl.inburgering.pip.domain.rules;

import static nl.inburgering.contracts.vocabulary.ExamComponent.KNM;
import static nl.inburgering.contracts.vocabulary.ExamComponent.READING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.SPEAKING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.WRITING;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.A1;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.A2;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B1;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B2;
import static nl.inburgering.contracts.vocabulary.Route.EDUCATION;
import static nl.inburgering.contracts.vocabulary.Route.SELF_SUFFICIENCY;
import static nl.inburgering.contracts.vocabulary.TargetGroup.ASYLUM_PERMIT_HOLDER;
import static nl.inburgering.contracts.vocabulary.TargetGroup.FAMILY_OR_OTHER_MIGRANT;
import static nl.inburgering.pip.domain.rules.Violations.assertRefusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;

@DisplayName("PlanRules: DUO's PIP validation (rules §2.4) and the route rules of §3")
class PlanRulesTest {

    static final LocalDate OBLIGATION_START = LocalDate.of(2024, 1, 10);
    static final LocalDate REGISTERED = LocalDate.of(2024, 1, 20);
    static final LocalDate INITIAL = LocalDate.of(2024, 3, 1);
    static final LocalDate CURRENT = LocalDate.of(2024, 9, 1);

    final PlanRules rules = new PlanRules();

    static ParticipantFacts participant(TargetGroup group) {
        return new ParticipantFacts(group, OBLIGATION_START, REGISTERED);
    }

    static final ParticipantFacts ASYLUM = participant(ASYLUM_PERMIT_HOLDER);
    static final ParticipantFacts FAMILY = participant(FAMILY_OR_OTHER_MIGRANT);

    /** An initial B1-route PIP, later revised once on the B1-route. */
    static final PlanHistory REVISED_B1 = new PlanHistory(INITIAL, CURRENT, Route.B1, 0, null);

    static ProposedPlan initial(Route route) {
        return ProposedPlan.of(INITIAL, route);
    }

    static ProposedPlan revision(Route route) {
        return ProposedPlan.of(CURRENT.plusMonths(1), route);
    }

    @Nested
    @DisplayName("date of issue (dagtekening)")
    class DateOfIssue {

        @Test
        @DisplayName("DUO-PIP-1: a PIP dated the day before the obligation start is refused")
        void pipBeforeTheObligationStartIsRefused_DUO_PIP() {
            ParticipantFacts noRegistration = new ParticipantFacts(ASYLUM_PERMIT_HOLDER, OBLIGATION_START, null);
            assertRefusedBy(RuleCodes.PIP_NOT_BEFORE_OBLIGATION_START, () -> rules.validate(
                    ProposedPlan.of(OBLIGATION_START.minusDays(1), Route.B1), noRegistration, PlanHistory.none()));
        }

        @Test
        @DisplayName("DUO-PIP-1: a PIP dated on the obligation start is accepted")
        void pipOnTheObligationStartIsAccepted_DUO_PIP() {
            ParticipantFacts noRegistration = new ParticipantFacts(ASYLUM_PERMIT_HOLDER, OBLIGATION_START, null);
            assertThat(rules.validate(ProposedPlan.of(OBLIGATION_START, Route.B1), noRegistration, PlanHistory.none())
                    .plan().dateOfIssue()).isEqualTo(OBLIGATION_START);
        }

        @Test
        @DisplayName("DUO-PIP-2: a PIP dated the day before the registration in the municipality is refused")
        void pipBeforeTheMunicipalityRegistrationIsRefused_DUO_PIP_E10() {
            assertRefusedBy(RuleCodes.PIP_NOT_BEFORE_MUNICIPALITY_REGISTRATION, () -> rules.validate(
                    ProposedPlan.of(REGISTERED.minusDays(1), Route.B1), ASYLUM, PlanHistory.none()));
        }

        @Test
        @DisplayName("DUO-PIP-2: a PIP dated on the registration day is accepted")
        void pipOnTheMunicipalityRegistrationDayIsAccepted_DUO_PIP() {
            assertThat(rules.validate(ProposedPlan.of(REGISTERED, Route.B1), ASYLUM, PlanHistory.none()).initial())
                    .isTrue();
        }

        @Test
        @DisplayName("DUO-PIP-2: a revision after a move is judged against the new municipality's registration (E10)")
        void revisionAfterAMoveIsNotBeforeTheNewRegistration_E10() {
            LocalDate movedIn = CURRENT.plusMonths(2);
            ParticipantFacts moved = new ParticipantFacts(ASYLUM_PERMIT_HOLDER, OBLIGATION_START, movedIn);
            assertRefusedBy(RuleCodes.PIP_NOT_BEFORE_MUNICIPALITY_REGISTRATION, () -> rules.validate(
                    ProposedPlan.of(movedIn.minusDays(1), Route.B1), moved, REVISED_B1));
            assertThat(rules.validate(ProposedPlan.of(movedIn, Route.B1), moved, REVISED_B1).initial()).isFalse();
        }

        @Test
        @DisplayName("DUO-PIP-3: a revision dated the day before the current PIP is refused")
        void revisionBeforeTheCurrentPipIsRefused_DUO_PIP() {
            assertRefusedBy(RuleCodes.REVISION_NOT_BEFORE_EARLIER_PIP, () -> rules.validate(
                    ProposedPlan.of(CURRENT.minusDays(1), Route.B1), ASYLUM, REVISED_B1));
        }

        @Test
        @DisplayName("DUO-PIP-3: a revision dated on the current PIP's day is accepted")
        void revisionOnTheDayOfTheCurrentPipIsAccepted_DUO_PIP() {
            ValidatedPlan accepted = rules.validate(ProposedPlan.of(CURRENT, Route.B1), ASYLUM, REVISED_B1);
            assertThat(accepted.initial()).isFalse();
            assertThat(accepted.routeSwitch()).isFalse();
        }

        @Test
        @DisplayName("DUO-PIP-3: a PIP dated before the initial PIP is refused, also when the current PIP is unknown")
        void revisionBeforeTheInitialPipIsRefused_DUO_PIP() {
            PlanHistory initialOnly = new PlanHistory(INITIAL, null, null, 0, null);
            assertRefusedBy(RuleCodes.REVISION_NOT_BEFORE_EARLIER_PIP, () -> rules.validate(
                    ProposedPlan.of(INITIAL.minusDays(1), Route.B1), ASYLUM, initialOnly));
            assertThat(rules.validate(ProposedPlan.of(INITIAL, Route.B1), ASYLUM, initialOnly).plan().dateOfIssue())
                    .isEqualTo(INITIAL);
        }
    }

    @Nested
    @DisplayName("level and route")
    class LevelAndRoute {

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Route.class, names = {"B1", "EDUCATION"})
        @DisplayName("the level defaults to B1 for the B1-route and the Onderwijsroute (DUO PIP niveau)")
        void levelDefaultsToB1_DUO_PIP(Route route) {
            assertThat(rules.validate(initial(route), ASYLUM, PlanHistory.none()).plan().level()).isEqualTo(B1);
        }

        @Test
        @DisplayName("the Z-route has no default level")
        void zRouteHasNoDefaultLevel() {
            assertThat(rules.validate(initial(SELF_SUFFICIENCY), ASYLUM, PlanHistory.none()).plan().level()).isNull();
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = LanguageLevel.class, names = {"A1", "A2"})
        @DisplayName("the Z-route accepts A1 and A2")
        void zRouteAcceptsA1AndA2(LanguageLevel level) {
            assertThat(rules.validate(initial(SELF_SUFFICIENCY).withLevel(level), ASYLUM, PlanHistory.none())
                    .plan().level()).isEqualTo(level);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = LanguageLevel.class, names = {"B1", "B2"})
        @DisplayName("DUO-PIP-5: B1 (or higher) is not allowed with the Z-route")
        void b1IsNotAllowedWithTheZRoute_DUO_PIP(LanguageLevel level) {
            assertRefusedBy(RuleCodes.B1_NOT_WITH_Z_ROUTE,
                    () -> rules.validate(initial(SELF_SUFFICIENCY).withLevel(level), ASYLUM, PlanHistory.none()));
        }

        @Test
        @DisplayName("DUO-PIP-4: level A2 is not allowed with the Onderwijsroute")
        void a2IsNotAllowedWithTheEducationRoute_DUO_PIP() {
            assertRefusedBy(RuleCodes.A2_NOT_WITH_EDUCATION_ROUTE,
                    () -> rules.validate(initial(EDUCATION).withLevel(A2), ASYLUM, PlanHistory.none()));
        }

        @Test
        @DisplayName("DUO-PIP-4: A2-permitted components are not allowed with the Onderwijsroute, also in a revision")
        void a2ComponentsAreNotAllowedWithTheEducationRoute_DUO_PIP() {
            PlanHistory onEducation = new PlanHistory(INITIAL, CURRENT, EDUCATION, 0, null);
            assertRefusedBy(RuleCodes.A2_NOT_WITH_EDUCATION_ROUTE, () -> rules.validate(
                    revision(EDUCATION).withA2PermittedComponents(Set.of(READING)), ASYLUM, onEducation));
        }

        @Test
        @DisplayName("§3.2: the Onderwijsroute keeps B2")
        void educationRouteAtB2IsAccepted() {
            assertThat(rules.validate(initial(EDUCATION).withLevel(B2), ASYLUM, PlanHistory.none()).plan().level())
                    .isEqualTo(B2);
        }

        @Test
        @DisplayName("§3.2: the Onderwijsroute at A1 is refused")
        void educationRouteAtA1IsRefused() {
            assertRefusedBy(RuleCodes.EDUCATION_ROUTE_LEVEL,
                    () -> rules.validate(initial(EDUCATION).withLevel(A1), ASYLUM, PlanHistory.none()));
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = LanguageLevel.class, names = {"A1", "B2"})
        @DisplayName("§3.1: the B1-route's level is B1 or A2, not A1 or B2")
        void b1RouteLevelIsB1OrA2(LanguageLevel level) {
            assertRefusedBy(RuleCodes.B1_ROUTE_LEVEL,
                    () -> rules.validate(revision(Route.B1).withLevel(level), ASYLUM, REVISED_B1));
        }

        @Test
        @DisplayName("§3.1: KNM cannot be permitted at A2 (it has no level)")
        void knmCannotBePermittedAtA2() {
            assertRefusedBy(RuleCodes.B1_ROUTE_LEVEL, () -> rules.validate(
                    revision(Route.B1).withA2PermittedComponents(Set.of(READING, KNM)), ASYLUM, REVISED_B1));
        }

        @Test
        @DisplayName("§3.1: A2 permission (afschalen) exists only in the B1-route, not the Z-route")
        void a2PermissionIsNotForTheZRoute() {
            PlanHistory onZ = new PlanHistory(INITIAL, CURRENT, SELF_SUFFICIENCY, 0, null);
            assertRefusedBy(RuleCodes.B1_ROUTE_LEVEL, () -> rules.validate(
                    revision(SELF_SUFFICIENCY).withA2PermittedComponents(Set.of(READING)), ASYLUM, onZ));
        }
    }

    @Nested
    @DisplayName("A2 in the B1-route (afschalen, E4)")
    class A2InTheB1Route {

        @Test
        @DisplayName("DUO-PIP-6: A2 components are not allowed in the first PIP ever")
        void a2IsNotAllowedInTheFirstPipOfTheB1Route_DUO_PIP() {
            assertRefusedBy(RuleCodes.A2_NOT_IN_FIRST_PIP, () -> rules.validate(
                    initial(Route.B1).withA2PermittedComponents(Set.of(READING)), ASYLUM, PlanHistory.none()));
        }

        @Test
        @DisplayName("DUO-PIP-6: level A2 is not allowed in the first PIP ever")
        void levelA2IsNotAllowedInTheFirstPip_DUO_PIP() {
            assertRefusedBy(RuleCodes.A2_NOT_IN_FIRST_PIP,
                    () -> rules.validate(initial(Route.B1).withLevel(A2), ASYLUM, PlanHistory.none()));
        }

        @Test
        @DisplayName("DUO-PIP-6: A2 components are allowed in a later PIP; the level becomes A2 (DUO niveau = minimum)")
        void a2IsAllowedInALaterPip_DUO_PIP() {
            ValidatedPlan accepted = rules.validate(
                    revision(Route.B1).withA2PermittedComponents(Set.of(SPEAKING, WRITING)), ASYLUM, REVISED_B1);
            assertThat(accepted.plan().level()).isEqualTo(A2);
            assertThat(accepted.plan().a2PermittedComponents()).containsExactly(WRITING, SPEAKING);
        }

        @Test
        @DisplayName("DUO-PIP-6: the first PIP in this municipality after a move is not the first PIP ever")
        void firstPipHereAfterAMoveIsNotTheFirstEver_DUO_PIP_E10() {
            PlanHistory termFromPreviousMunicipality = new PlanHistory(null, null, null, 0, INITIAL.plusDays(1));
            ValidatedPlan accepted = rules.validate(
                    revision(Route.B1).withA2PermittedComponents(Set.of(READING)), ASYLUM, termFromPreviousMunicipality);
            // N2 (issue 8 item 8): not the initial PIP either, so the term it brought along does not restart.
            assertThat(accepted.initial()).isFalse();
            assertThat(accepted.plan().level()).isEqualTo(A2);
        }

        @Test
        @DisplayName("E4: level A2 without the components permitted at A2 is refused")
        void levelA2NeedsComponents_E4() {
            assertRefusedBy(RuleCodes.A2_PER_COMPONENT,
                    () -> rules.validate(revision(Route.B1).withLevel(A2), ASYLUM, REVISED_B1));
        }

        @Test
        @DisplayName("E4: level B1 together with A2 components is refused (the level is the minimum)")
        void levelB1WithA2ComponentsIsRefused_E4() {
            assertRefusedBy(RuleCodes.A2_PER_COMPONENT, () -> rules.validate(
                    revision(Route.B1).withLevel(B1).withA2PermittedComponents(Set.of(READING)), ASYLUM, REVISED_B1));
        }
    }

    @Nested
    @DisplayName("estimated B1-route intensity (geschatteIntensiteitB1Route)")
    class EstimatedIntensity {

        @Test
        @DisplayName("DUO-PIP-8: accepted for an asylum permit holder on the B1-route")
        void intensityIsAcceptedForAsylumOnTheB1Route_DUO_PIP() {
            assertThat(rules.validate(initial(Route.B1).withEstimatedB1Intensity(1200), ASYLUM, PlanHistory.none())
                    .plan().estimatedB1Intensity()).isEqualTo(1200);
        }

        @Test
        @DisplayName("DUO-PIP-8: refused for a family or other migrant")
        void intensityIsRefusedForAFamilyMigrant_DUO_PIP() {
            assertRefusedBy(RuleCodes.INTENSITY_ONLY_ASYLUM_B1_ROUTE, () -> rules.validate(
                    initial(Route.B1).withEstimatedB1Intensity(1200), FAMILY, PlanHistory.none()));
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Route.class, names = {"EDUCATION", "SELF_SUFFICIENCY"})
        @DisplayName("DUO-PIP-8: refused on the other routes, also for an asylum permit holder")
        void intensityIsRefusedOnOtherRoutes_DUO_PIP(Route route) {
            assertRefusedBy(RuleCodes.INTENSITY_ONLY_ASYLUM_B1_ROUTE, () -> rules.validate(
                    initial(route).withEstimatedB1Intensity(1200), ASYLUM, PlanHistory.none()));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {1, 9999})
        @DisplayName("DUO's bounds 1–9999 are accepted")
        void intensityBoundsAreAccepted(int hours) {
            assertThat(initial(Route.B1).withEstimatedB1Intensity(hours).estimatedB1Intensity()).isEqualTo(hours);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {0, -1, 10000})
        @DisplayName("outside DUO's bounds is a malformed request (400), not a rule")
        void intensityOutsideTheBoundsIsMalformed(int hours) {
            assertThatThrownBy(() -> initial(Route.B1).withEstimatedB1Intensity(hours))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("other PIP content")
    class OtherContent {

        @Test
        @DisplayName("§5: an Onderwijsroute PIP may not describe a MAP")
        void educationRoutePipHasNoMap() {
            assertRefusedBy(RuleCodes.NO_MAP_IN_EDUCATION_ROUTE, () -> rules.validate(
                    initial(EDUCATION).withMapArrangement("8 themes, 40 hours"), ASYLUM, PlanHistory.none()));
            assertThat(rules.validate(initial(EDUCATION).withMapArrangement("  "), ASYLUM, PlanHistory.none()))
                    .isNotNull();
        }

        @Test
        @DisplayName("the B1-route and Z-route PIPs keep their MAP and PVT arrangement")
        void mapAndPvtArrangementsAreKept() {
            ProposedPlan plan = rules.validate(initial(SELF_SUFFICIENCY).withMapArrangement("MAP: 40 h")
                    .withPvtArrangement("PVT: 12 h"), ASYLUM, PlanHistory.none()).plan();
            assertThat(plan.mapArrangement()).isEqualTo("MAP: 40 h");
            assertThat(plan.pvtArrangement()).isEqualTo("PVT: 12 h");
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(LiteracyIndicator.class)
        @DisplayName("every literacy indicator (A / AA / NVT) and the may-finish-course flag are kept")
        void literacyIndicatorAndMayFinishFlagAreKept(LiteracyIndicator indicator) {
            ProposedPlan plan = rules.validate(initial(Route.B1).withLiteracyIndicator(indicator)
                    .withMayFinishCurrentCourse(true), ASYLUM, PlanHistory.none()).plan();
            assertThat(plan.literacyIndicator()).isEqualTo(indicator);
            assertThat(plan.mayFinishCurrentCourse()).isTrue();
        }

        @Test
        @DisplayName("literacy indicator codes and descriptions are DUO's (PIP API Alfabetiseringsonderwijs)")
        void literacyIndicatorCodesAreDuos() {
            assertThat(LiteracyIndicator.A.duoCode()).isEqualTo("A");
            assertThat(LiteracyIndicator.AA.duoCode()).isEqualTo("AA");
            assertThat(LiteracyIndicator.NVT.duoCode()).isEqualTo("NVT");
            assertThat(LiteracyIndicator.A.duoDescription()).isEqualTo("Onderwijs voor analfabeet");
            assertThat(LiteracyIndicator.AA.duoDescription()).isEqualTo("Onderwijs voor anders-analfabeet");
            assertThat(LiteracyIndicator.NVT.duoDescription()).isEqualTo("Niet van toepassing");
        }
    }

    @Nested
    @DisplayName("initial, revision, route switch (N16)")
    class RevisionsAndSwitches {

        @Test
        @DisplayName("the first PIP is initial and no switch")
        void firstPipIsInitial() {
            ValidatedPlan accepted = rules.validate(initial(Route.B1), ASYLUM, PlanHistory.none());
            assertThat(accepted.initial()).isTrue();
            assertThat(accepted.routeSwitch()).isFalse();
        }

        @Test
        @DisplayName("a revision on another route is a route switch")
        void revisionOnAnotherRouteIsASwitch_N16() {
            ValidatedPlan accepted = rules.validate(revision(EDUCATION), ASYLUM, REVISED_B1);
            assertThat(accepted.initial()).isFalse();
            assertThat(accepted.routeSwitch()).isTrue();
        }

        @Test
        @DisplayName("N16: a second route switch is refused")
        void secondRouteSwitchIsRefused_N16() {
            PlanHistory switchedOnce = new PlanHistory(INITIAL, CURRENT, EDUCATION, 1, null);
            assertRefusedBy(RuleCodes.ROUTE_SWITCH, () -> rules.validate(revision(Route.B1), ASYLUM, switchedOnce));
            assertThat(rules.validate(revision(EDUCATION), ASYLUM, switchedOnce).routeSwitch()).isFalse();
        }

        @Test
        @DisplayName("N16: B1 → Onderwijsroute 18 months after the term start is refused (term start = initial + 1 day, N2)")
        void switchFromB1ToEducationAfter18MonthsIsRefused_N16() {
            LocalDate termStart = INITIAL.plusDays(1);
            assertRefusedBy(RuleCodes.ROUTE_SWITCH, () -> rules.validate(
                    ProposedPlan.of(termStart.plusMonths(18), EDUCATION), ASYLUM, REVISED_B1));
            assertThat(rules.validate(ProposedPlan.of(termStart.plusMonths(18).minusDays(1), EDUCATION), ASYLUM,
                    REVISED_B1).routeSwitch()).isTrue();
        }

        @Test
        @DisplayName("N16: the window runs from the term start DUO set, when known")
        void windowRunsFromTheTermStartDuoSet_N16() {
            LocalDate duoTermStart = INITIAL.plusMonths(1);
            PlanHistory history = new PlanHistory(INITIAL, CURRENT, Route.B1, 0, duoTermStart);
            assertThat(rules.validate(ProposedPlan.of(duoTermStart.plusMonths(18).minusDays(1), EDUCATION), ASYLUM,
                    history).routeSwitch()).isTrue();
        }

        @Test
        @DisplayName("PlanHistory.after keeps the initial date and term start and counts the switch (N2, E1)")
        void historyAfterARevisionKeepsTheTermStart_N2() {
            PlanHistory first = PlanHistory.none().after(rules.validate(initial(Route.B1), ASYLUM, PlanHistory.none()));
            assertThat(first).isEqualTo(PlanHistory.initial(INITIAL, Route.B1));
            assertThat(first.termStart()).isEqualTo(INITIAL.plusDays(1));

            PlanHistory second = first.after(rules.validate(revision(EDUCATION), ASYLUM, first));
            assertThat(second.initialDateOfIssue()).isEqualTo(INITIAL);
            assertThat(second.currentDateOfIssue()).isEqualTo(CURRENT.plusMonths(1));
            assertThat(second.currentRoute()).isEqualTo(EDUCATION);
            assertThat(second.routeSwitchesSoFar()).isEqualTo(1);
            assertThat(second.termStart()).isEqualTo(INITIAL.plusDays(1));
        }
    }
}
