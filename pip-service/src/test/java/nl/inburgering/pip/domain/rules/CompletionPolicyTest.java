package nl.inburgering.pip.domain.rules;

import static nl.inburgering.contracts.vocabulary.ExamComponent.KNM;
import static nl.inburgering.contracts.vocabulary.ExamComponent.LISTENING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.READING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.SPEAKING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.WRITING;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.A1;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.A2;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B1;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B2;
import static nl.inburgering.pip.domain.rules.RequirementState.DONE;
import static nl.inburgering.pip.domain.rules.RequirementState.EXEMPTED;
import static nl.inburgering.pip.domain.rules.RequirementState.NOT_APPLICABLE;
import static nl.inburgering.pip.domain.rules.RequirementState.OUTSTANDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.inburgering.contracts.vocabulary.CompletionRequirement;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.ObligationEndReason;
import nl.inburgering.contracts.vocabulary.Route;

@DisplayName("CompletionPolicy: completion per route (DESIGN §2; rules §3, §9), a pure function of the facts")
class CompletionPolicyTest {

    static final LocalDate PIP = LocalDate.of(2024, 3, 1);
    static final LocalDate LE = LocalDate.of(2024, 10, 1);
    static final LocalDate LU = LocalDate.of(2024, 11, 1);
    static final LocalDate SC = LocalDate.of(2025, 1, 15);
    static final LocalDate SP = LocalDate.of(2025, 2, 15);
    static final LocalDate KN = LocalDate.of(2025, 3, 15);
    static final LocalDate MAP = LocalDate.of(2025, 6, 1);
    static final LocalDate PVT = LocalDate.of(2025, 4, 1);
    static final LocalDate ZROUTE = LocalDate.of(2026, 1, 10);
    static final int RESULT_DELAY_DAYS = 40;

    final CompletionPolicy policy = new CompletionPolicy();

    static ExamPass pass(ExamComponent component, LanguageLevel level, LocalDate examDate) {
        return new ExamPass(component, component.isLanguage() ? level : null, examDate, examDate.plusDays(RESULT_DELAY_DAYS));
    }

    static List<ExamPass> allPasses(LanguageLevel level) {
        return List.of(pass(READING, level, LE), pass(LISTENING, level, LU), pass(WRITING, level, SC),
                pass(SPEAKING, level, SP), pass(KNM, null, KN));
    }

    static CurrentPlan plan(Route route) {
        return CurrentPlan.of(1, route, route == Route.SELF_SUFFICIENCY ? null : B1, PIP);
    }

    static final CompletionFacts B1_ROUTE_DONE = CompletionFacts.none().withPlan(plan(Route.B1))
            .withExamPasses(allPasses(B1)).withMapCompletedOn(MAP).withPvtSignedOn(PVT);
    static final CompletionFacts EDUCATION_DONE = CompletionFacts.none().withPlan(plan(Route.EDUCATION))
            .withExamPasses(allPasses(B1)).withPvtSignedOn(PVT);
    static final CompletionFacts Z_ROUTE_DONE = CompletionFacts.none().withPlan(plan(Route.SELF_SUFFICIENCY))
            .withZRouteCompletedOn(ZROUTE).withMapCompletedOn(MAP).withPvtSignedOn(PVT);

    /** The facts without what meets {@code requirement}. */
    static CompletionFacts without(CompletionFacts facts, CompletionRequirement requirement) {
        switch (requirement) {
            case MAP:
                return facts.withMapCompletedOn(null);
            case PVT:
                return facts.withPvtSignedOn(null);
            case ZROUTE:
                return facts.withZRouteCompletedOn(null);
            default:
                return facts.withExamPasses(facts.examPasses().stream()
                        .filter(p -> p.component() != Requirements.examComponent(requirement)).toList());
        }
    }

    @Nested
    @DisplayName("B1-route")
    class B1Route {

        @Test
        @DisplayName("four language components at B1, KNM, MAP and PVT: complete on the last day")
        void b1RouteIsCompleteWithAllRequirements_DESIGN2() {
            CompletionAssessment result = policy.assess(B1_ROUTE_DONE);
            assertThat(result.complete()).isTrue();
            assertThat(result.completedOn()).isEqualTo(MAP);
            assertThat(result.closure()).isNull();
            assertThat(result.outstanding()).isEmpty();
            assertThat(result.status(CompletionRequirement.ZROUTE).state()).isEqualTo(NOT_APPLICABLE);
            assertThat(result.status(CompletionRequirement.READING).date()).isEqualTo(LE);
            assertThat(result.status(CompletionRequirement.READING).fact()).contains("LE passed at B1").contains(LE.toString());
        }

        @ParameterizedTest(name = "without {0}")
        @EnumSource(value = CompletionRequirement.class, names = {"READING", "LISTENING", "WRITING", "SPEAKING", "KNM", "MAP", "PVT"})
        @DisplayName("each requirement missing in turn: not complete, and exactly that one outstanding")
        void b1RouteMissingOneRequirementIsNotComplete_DESIGN2(CompletionRequirement missing) {
            CompletionAssessment result = policy.assess(without(B1_ROUTE_DONE, missing));
            assertThat(result.complete()).isFalse();
            assertThat(result.completedOn()).isNull();
            assertThat(result.outstanding()).containsExactly(missing);
        }

        @Test
        @DisplayName("B2 counts for B1 (higher counts)")
        void b2CountsForB1() {
            CompletionAssessment result = policy.assess(B1_ROUTE_DONE.withExamPasses(allPasses(B2)));
            assertThat(result.complete()).isTrue();
            assertThat(result.status(CompletionRequirement.SPEAKING).state()).isEqualTo(DONE);
        }

        @Test
        @DisplayName("A2 does not count without a later PIP permitting it (E4)")
        void a2DoesNotCountWithoutPermission_E4() {
            CompletionAssessment result = policy.assess(B1_ROUTE_DONE.withExamPasses(allPasses(A2)));
            assertThat(result.complete()).isFalse();
            assertThat(result.outstanding()).containsExactly(CompletionRequirement.READING, CompletionRequirement.LISTENING,
                    CompletionRequirement.WRITING, CompletionRequirement.SPEAKING);
            assertThat(result.status(CompletionRequirement.READING).fact()).contains("below the required level").contains("A2");
        }

        @Test
        @DisplayName("A2 counts only for the component a later PIP permitted, from that PIP's day (E4)")
        void a2CountsOnlyWhenALaterPipPermittedIt() {
            LocalDate afschalen = LocalDate.of(2025, 9, 1);
            CurrentPlan revised = new CurrentPlan(2, Route.B1, A2, PIP, null).withA2Permitted(SPEAKING, afschalen);
            CompletionFacts facts = B1_ROUTE_DONE.withPlan(revised).withExamPasses(List.of(
                    pass(READING, B1, LE), pass(LISTENING, B1, LU), pass(WRITING, A2, SC), pass(SPEAKING, A2, SP),
                    pass(KNM, null, KN)));

            CompletionAssessment result = policy.assess(facts);
            assertThat(result.status(CompletionRequirement.SPEAKING).state()).isEqualTo(DONE);
            assertThat(result.status(CompletionRequirement.SPEAKING).date()).isEqualTo(afschalen);
            assertThat(result.status(CompletionRequirement.SPEAKING).fact()).contains("A2 permitted by a later PIP from " + afschalen);
            assertThat(result.status(CompletionRequirement.WRITING).state()).isEqualTo(OUTSTANDING);
            assertThat(result.complete()).isFalse();

            CompletionAssessment both = policy.assess(facts.withPlan(revised.withA2Permitted(WRITING, afschalen)));
            assertThat(both.complete()).isTrue();
            assertThat(both.completedOn()).isEqualTo(afschalen);
        }

        @Test
        @DisplayName("an A2 pass after the permitting PIP counts on its own date (E4)")
        void a2PassAfterThePermissionCountsOnItsDate_E4() {
            LocalDate afschalen = LocalDate.of(2024, 6, 1);
            CurrentPlan revised = CurrentPlan.of(2, Route.B1, A2, PIP).withA2Permitted(READING, afschalen);
            CompletionAssessment result = policy.assess(B1_ROUTE_DONE.withPlan(revised)
                    .withExamPasses(List.of(pass(READING, A2, LE))));
            assertThat(result.status(CompletionRequirement.READING).date()).isEqualTo(LE);
        }

        @Test
        @DisplayName("A1 never counts for a language component")
        void a1NeverCounts() {
            CurrentPlan revised = CurrentPlan.of(2, Route.B1, A2, PIP).withA2Permitted(READING, PIP);
            CompletionAssessment result = policy.assess(CompletionFacts.none().withPlan(revised)
                    .withExamPass(pass(READING, A1, LE)));
            assertThat(result.status(CompletionRequirement.READING).state()).isEqualTo(OUTSTANDING);
        }
    }

    @Nested
    @DisplayName("Onderwijsroute")
    class EducationRoute {

        @Test
        @DisplayName("four language components at the plan's level, KNM and PVT; no MAP")
        void educationRouteIsCompleteWithoutMap_DESIGN2() {
            CompletionAssessment result = policy.assess(EDUCATION_DONE);
            assertThat(result.complete()).isTrue();
            assertThat(result.completedOn()).isEqualTo(PVT);
            assertThat(result.status(CompletionRequirement.MAP).state()).isEqualTo(NOT_APPLICABLE);
            assertThat(result.status(CompletionRequirement.ZROUTE).state()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        @DisplayName("a MAP done anyway does not move the completion date (it is not a requirement)")
        void mapDoesNotCountInTheEducationRoute() {
            CompletionAssessment result = policy.assess(EDUCATION_DONE.withMapCompletedOn(PVT.plusYears(1)));
            assertThat(result.completedOn()).isEqualTo(PVT);
        }

        @ParameterizedTest(name = "without {0}")
        @EnumSource(value = CompletionRequirement.class, names = {"READING", "LISTENING", "WRITING", "SPEAKING", "KNM", "PVT"})
        @DisplayName("each requirement missing in turn: not complete, and exactly that one outstanding")
        void educationRouteMissingOneRequirementIsNotComplete_DESIGN2(CompletionRequirement missing) {
            CompletionAssessment result = policy.assess(without(EDUCATION_DONE, missing));
            assertThat(result.complete()).isFalse();
            assertThat(result.outstanding()).containsExactly(missing);
        }

        @Test
        @DisplayName("a B2 plan with B1 passes is not enough")
        void educationRouteB2PlanWithB1PassesIsNotComplete_DESIGN2() {
            CurrentPlan b2 = CurrentPlan.of(1, Route.EDUCATION, B2, PIP);
            CompletionAssessment result = policy.assess(EDUCATION_DONE.withPlan(b2));
            assertThat(result.complete()).isFalse();
            assertThat(result.outstanding()).containsExactly(CompletionRequirement.READING, CompletionRequirement.LISTENING,
                    CompletionRequirement.WRITING, CompletionRequirement.SPEAKING);
            assertThat(result.status(CompletionRequirement.READING).rule()).isEqualTo("REQ-EDUCATION-LANGUAGE");

            assertThat(policy.assess(EDUCATION_DONE.withPlan(b2).withExamPasses(allPasses(B2))).complete()).isTrue();
        }

        @Test
        @DisplayName("the Onderwijsroute level defaults to B1; A2 never counts there (DUO-PIP-4)")
        void educationRouteDefaultLevelAndNoA2() {
            CurrentPlan noLevel = new CurrentPlan(1, Route.EDUCATION, null, PIP, null).withA2Permitted(READING, PIP);
            assertThat(policy.assess(EDUCATION_DONE.withPlan(noLevel)).complete()).isTrue();
            CompletionAssessment a2 = policy.assess(EDUCATION_DONE.withPlan(noLevel).withExamPasses(allPasses(A2)));
            assertThat(a2.status(CompletionRequirement.READING).state()).isEqualTo(OUTSTANDING);
        }

        @Test
        @DisplayName("after a switch, passes from the previous route count, but completion is not before the switch (E3)")
        void completionIsNotBeforeTheSwitch_E3() {
            LocalDate switched = LocalDate.of(2025, 8, 1);
            CompletionAssessment result = policy.assess(EDUCATION_DONE.withPlan(CurrentPlan.of(2, Route.EDUCATION, B1, switched)));
            assertThat(result.complete()).isTrue();
            assertThat(result.status(CompletionRequirement.READING).date()).isEqualTo(LE);
            assertThat(result.completedOn()).isEqualTo(switched);
        }
    }

    @Nested
    @DisplayName("Z-route")
    class ZRoute {

        @Test
        @DisplayName("Z-route completed, MAP and PVT: complete; exams not applicable")
        void zRouteIsCompleteWithoutExams_DESIGN2() {
            CompletionAssessment result = policy.assess(Z_ROUTE_DONE);
            assertThat(result.complete()).isTrue();
            assertThat(result.completedOn()).isEqualTo(ZROUTE);
            for (ExamComponent component : ExamComponent.values()) {
                assertThat(result.status(CompletionRequirement.of(component)).state()).isEqualTo(NOT_APPLICABLE);
                assertThat(result.status(CompletionRequirement.of(component)).rule()).isEqualTo("REQ-EXAMS-OPTIONAL-Z");
            }
        }

        @ParameterizedTest(name = "without {0}")
        @EnumSource(value = CompletionRequirement.class, names = {"ZROUTE", "MAP", "PVT"})
        @DisplayName("each requirement missing in turn: not complete, and exactly that one outstanding")
        void zRouteMissingOneRequirementIsNotComplete_DESIGN2(CompletionRequirement missing) {
            CompletionAssessment result = policy.assess(without(Z_ROUTE_DONE, missing));
            assertThat(result.complete()).isFalse();
            assertThat(result.outstanding()).containsExactly(missing);
        }

        @Test
        @DisplayName("optional exams passed do not change the completion date")
        void optionalExamsDoNotMatter_3_3() {
            CompletionAssessment result = policy.assess(Z_ROUTE_DONE.withExamPass(pass(KNM, null, ZROUTE.plusDays(30))));
            assertThat(result.completedOn()).isEqualTo(ZROUTE);
        }

        @Test
        @DisplayName("a Z-route completion does not count on another route")
        void zRouteCompletionOnlyCountsOnTheZRoute() {
            CompletionAssessment result = policy.assess(without(B1_ROUTE_DONE, CompletionRequirement.READING).withZRouteCompletedOn(ZROUTE));
            assertThat(result.status(CompletionRequirement.ZROUTE).state()).isEqualTo(NOT_APPLICABLE);
            assertThat(result.complete()).isFalse();
        }
    }

    @Nested
    @DisplayName("dates and order")
    class DatesAndOrder {

        @Test
        @DisplayName("the completion date is the date the last requirement was met, whichever it is")
        void completionDateIsTheDateTheLastRequirementWasMet_DESIGN2() {
            LocalDate lateKnm = LocalDate.of(2025, 12, 24);
            CompletionAssessment lastIsExam = policy.assess(without(B1_ROUTE_DONE, CompletionRequirement.KNM)
                    .withExamPass(pass(KNM, null, lateKnm)));
            assertThat(lastIsExam.completedOn()).isEqualTo(lateKnm);

            LocalDate latePvt = LocalDate.of(2026, 2, 2);
            assertThat(policy.assess(B1_ROUTE_DONE.withPvtSignedOn(latePvt)).completedOn()).isEqualTo(latePvt);
        }

        @Test
        @DisplayName("§12.11: by default a pass counts on its exam date; configurable to the result date")
        void complianceMomentIsConfigurable_12_11() {
            LocalDate lastExam = LocalDate.of(2025, 7, 1);
            CompletionFacts facts = without(B1_ROUTE_DONE, CompletionRequirement.SPEAKING).withExamPass(pass(SPEAKING, B1, lastExam));

            assertThat(policy.complianceMoment()).isEqualTo(ComplianceMoment.EXAM_DATE);
            assertThat(policy.assess(facts).completedOn()).isEqualTo(lastExam);

            CompletionAssessment byResult = new CompletionPolicy(ComplianceMoment.RESULT_DATE).assess(facts);
            assertThat(byResult.completedOn()).isEqualTo(lastExam.plusDays(RESULT_DELAY_DAYS));
            assertThat(byResult.status(CompletionRequirement.READING).date()).isEqualTo(LE.plusDays(RESULT_DELAY_DAYS));
        }

        @Test
        @DisplayName("the same component passed twice: the earliest qualifying pass counts")
        void earliestQualifyingPassCounts() {
            LocalDate earlyA2 = LE.minusMonths(3);
            LocalDate laterB1 = LE.plusMonths(2);
            CompletionAssessment result = policy.assess(B1_ROUTE_DONE
                    .withExamPass(pass(READING, B1, laterB1), pass(READING, A2, earlyA2), pass(READING, B2, laterB1.plusDays(1))));
            assertThat(result.status(CompletionRequirement.READING).date()).isEqualTo(LE);

            CompletionAssessment onlyLater = policy.assess(without(B1_ROUTE_DONE, CompletionRequirement.READING)
                    .withExamPass(pass(READING, A2, earlyA2), pass(READING, B1, laterB1)));
            assertThat(onlyLater.status(CompletionRequirement.READING).date()).isEqualTo(laterB1);
        }

        @Test
        @DisplayName("order-independence: the facts in any order, repeated or not, give the same assessment")
        void sameAssessmentWhateverOrderTheFactsArrivedIn_DESIGN2() {
            List<ExamPass> passes = new ArrayList<>(allPasses(B1));
            passes.add(pass(WRITING, A2, SC.minusMonths(2)));
            passes.add(pass(SPEAKING, B2, SP.plusMonths(1)));
            passes.add(pass(KNM, null, KN.plusMonths(5)));
            List<Exemption> exemptions = new ArrayList<>(List.of(
                    Exemption.partial(ExemptionKind.ONTHEFFING, LU.plusDays(3), Set.of(LISTENING)),
                    Exemption.temporary(ExemptionKind.VRIJSTELLING, PIP.plusMonths(2), PIP.plusMonths(5)),
                    Exemption.partial(ExemptionKind.VRIJSTELLING, LE.minusDays(1), Set.of(READING)).atLevel(A2)));
            CompletionFacts facts = B1_ROUTE_DONE.withExamPasses(passes).withExemptions(exemptions);
            CompletionAssessment expected = policy.assess(facts);
            assertThat(expected.complete()).isTrue();

            Random random = new Random(2021);
            for (int i = 0; i < 50; i++) {
                Collections.shuffle(passes, random);
                Collections.shuffle(exemptions, random);
                List<ExamPass> redelivered = new ArrayList<>(passes);
                redelivered.addAll(passes.subList(0, random.nextInt(passes.size())));
                assertThat(policy.assess(facts.withExamPasses(redelivered).withExemptions(exemptions)))
                        .isEqualTo(expected);
            }
        }
    }

    @Nested
    @DisplayName("exemptions and the end of the obligation")
    class ExemptionsAndEnd {

        @ParameterizedTest(name = "{0}")
        @EnumSource(ExemptionKind.class)
        @DisplayName("a partial exemption removes the component (vrijstelling or ontheffing)")
        void partialExemptionRemovesTheComponent_E12(ExemptionKind kind) {
            LocalDate granted = LocalDate.of(2025, 5, 1);
            CompletionAssessment result = policy.assess(without(B1_ROUTE_DONE, CompletionRequirement.SPEAKING)
                    .withExemption(Exemption.partial(kind, granted, Set.of(SPEAKING))));
            assertThat(result.status(CompletionRequirement.SPEAKING).state()).isEqualTo(EXEMPTED);
            assertThat(result.status(CompletionRequirement.SPEAKING).date()).isEqualTo(granted);
            assertThat(result.status(CompletionRequirement.SPEAKING).rule()).isEqualTo("REQ-PARTIAL-EXEMPTION");
            assertThat(result.complete()).isTrue();
            assertThat(result.completedOn()).isEqualTo(MAP);
        }

        @Test
        @DisplayName("a partial exemption granted last is the day the last requirement was met")
        void lateExemptionDatesTheCompletion_E12() {
            LocalDate granted = LocalDate.of(2025, 11, 1);
            CompletionAssessment result = policy.assess(without(B1_ROUTE_DONE, CompletionRequirement.KNM)
                    .withExemption(Exemption.partial(ExemptionKind.ONTHEFFING, granted, Set.of(KNM))));
            assertThat(result.status(CompletionRequirement.KNM).state()).isEqualTo(EXEMPTED);
            assertThat(result.completedOn()).isEqualTo(granted);
        }

        @Test
        @DisplayName("a pass before a partial exemption stays DONE on its date (earliest counts)")
        void passBeforeTheExemptionStaysDone_E12() {
            CompletionAssessment result = policy.assess(B1_ROUTE_DONE
                    .withExemption(Exemption.partial(ExemptionKind.VRIJSTELLING, LE.plusDays(1), Set.of(READING))));
            assertThat(result.status(CompletionRequirement.READING).state()).isEqualTo(DONE);
            assertThat(result.status(CompletionRequirement.READING).date()).isEqualTo(LE);
        }

        @Test
        @DisplayName("a partial vrijstelling at A2 (GED) does not cover a B1 requirement, but does an A2-permitted one (§1.2)")
        void partialExemptionAtA2CoversOnlyAnA2Requirement_1_2() {
            Exemption gedA2 = Exemption.partial(ExemptionKind.VRIJSTELLING, PIP, Set.of(READING)).atLevel(A2);
            CompletionFacts facts = without(B1_ROUTE_DONE, CompletionRequirement.READING).withExemption(gedA2);
            assertThat(policy.assess(facts).status(CompletionRequirement.READING).state()).isEqualTo(OUTSTANDING);

            LocalDate afschalen = LocalDate.of(2025, 2, 1);
            CurrentPlan revised = CurrentPlan.of(2, Route.B1, A2, PIP).withA2Permitted(READING, afschalen);
            RequirementStatus covered = policy.assess(facts.withPlan(revised)).status(CompletionRequirement.READING);
            assertThat(covered.state()).isEqualTo(EXEMPTED);
            assertThat(covered.date()).isEqualTo(afschalen);

            Exemption gedB1 = gedA2.atLevel(B1);
            assertThat(policy.assess(without(B1_ROUTE_DONE, CompletionRequirement.READING).withExemption(gedB1))
                    .status(CompletionRequirement.READING).state()).isEqualTo(EXEMPTED);
        }

        @Test
        @DisplayName("a temporary exemption changes no requirement (E13)")
        void temporaryExemptionChangesNothing_E13() {
            CompletionFacts facts = without(B1_ROUTE_DONE, CompletionRequirement.SPEAKING)
                    .withExemption(Exemption.temporary(ExemptionKind.VRIJSTELLING, PIP, PIP.plusYears(1)));
            CompletionAssessment result = policy.assess(facts);
            assertThat(result.outstanding()).containsExactly(CompletionRequirement.SPEAKING);
            assertThat(result.closure()).isNull();
        }

        @Test
        @DisplayName("a full exemption closes the case without completion (E14)")
        void fullExemptionClosesTheCase_E14() {
            LocalDate granted = LocalDate.of(2024, 12, 1);
            CompletionAssessment result = policy.assess(B1_ROUTE_DONE
                    .withExemption(Exemption.full(ExemptionKind.ONTHEFFING, granted)));
            assertThat(result.complete()).isFalse();
            assertThat(result.completedOn()).isNull();
            assertThat(result.closure().kind()).isEqualTo(Closure.Kind.EXEMPTED);
            assertThat(result.closure().on()).isEqualTo(granted);
            assertThat(result.closure().rule()).isEqualTo("CLOSURE-FULL-EXEMPTION");
        }

        @Test
        @DisplayName("an ended obligation closes the case without completion (E14, E15)")
        void endedObligationClosesTheCase_E14_E15() {
            LocalDate naturalised = LocalDate.of(2024, 12, 1);
            CompletionAssessment result = policy.assess(B1_ROUTE_DONE
                    .withObligationEnded(new ObligationEnd(ObligationEndReason.NATURALISED, naturalised)));
            assertThat(result.complete()).isFalse();
            assertThat(result.closure().kind()).isEqualTo(Closure.Kind.OBLIGATION_ENDED);
            assertThat(result.closure().fact()).contains("NATURALISED");
        }

        @Test
        @DisplayName("a completion strictly before the closure stands; on the same day the closure wins")
        void completionBeforeTheClosureStands() {
            CompletionAssessment after = policy.assess(B1_ROUTE_DONE
                    .withObligationEnded(new ObligationEnd(ObligationEndReason.PENSION_AGE, MAP.plusDays(1))));
            assertThat(after.complete()).isTrue();
            assertThat(after.completedOn()).isEqualTo(MAP);
            assertThat(after.closure()).isNull();

            CompletionAssessment sameDay = policy.assess(B1_ROUTE_DONE
                    .withExemption(Exemption.full(ExemptionKind.VRIJSTELLING, MAP)));
            assertThat(sameDay.complete()).isFalse();
            assertThat(sameDay.closure().kind()).isEqualTo(Closure.Kind.EXEMPTED);
        }

        @Test
        @DisplayName("with both closures the earlier counts")
        void earlierClosureCounts() {
            LocalDate exempted = LocalDate.of(2024, 6, 1);
            LocalDate ended = LocalDate.of(2024, 5, 1);
            CompletionFacts facts = CompletionFacts.none()
                    .withExemption(Exemption.full(ExemptionKind.VRIJSTELLING, exempted))
                    .withObligationEnded(new ObligationEnd(ObligationEndReason.LEFT_COUNTRY, ended));
            assertThat(policy.assess(facts).closure().kind()).isEqualTo(Closure.Kind.OBLIGATION_ENDED);
            assertThat(policy.assess(facts.withObligationEnded(new ObligationEnd(ObligationEndReason.LEFT_COUNTRY, exempted)))
                    .closure().kind()).isEqualTo(Closure.Kind.EXEMPTED);
        }
    }

    @Nested
    @DisplayName("no PIP yet")
    class NoPlan {

        @Test
        @DisplayName("not complete; everything outstanding but a signed PVT (every route has it)")
        void withoutAPlanNothingIsComplete() {
            CompletionAssessment result = policy.assess(CompletionFacts.none().withExamPasses(allPasses(B2))
                    .withPvtSignedOn(PVT).withMapCompletedOn(MAP));
            assertThat(result.planKnown()).isFalse();
            assertThat(result.complete()).isFalse();
            assertThat(result.status(CompletionRequirement.PVT).state()).isEqualTo(DONE);
            assertThat(result.outstanding()).isEqualTo(EnumSet.complementOf(EnumSet.of(CompletionRequirement.PVT)));
            assertThat(result.status(CompletionRequirement.READING).rule()).isEqualTo("REQ-NO-PLAN");
        }

        @Test
        @DisplayName("a full exemption before any PIP still closes the case")
        void fullExemptionWithoutAPlan_E14() {
            CompletionAssessment result = policy.assess(CompletionFacts.none()
                    .withExemption(Exemption.full(ExemptionKind.VRIJSTELLING, PIP)));
            assertThat(result.closure().kind()).isEqualTo(Closure.Kind.EXEMPTED);
        }
    }

    @Test
    @DisplayName("every status names the rule behind it")
    void everyStatusNamesItsRule() {
        for (CompletionFacts facts : List.of(B1_ROUTE_DONE, EDUCATION_DONE, Z_ROUTE_DONE, CompletionFacts.none(),
                without(B1_ROUTE_DONE, CompletionRequirement.MAP))) {
            CompletionAssessment result = policy.assess(facts);
            assertThat(result.requirements()).hasSize(CompletionRequirement.values().length);
            assertThat(result.requirements().values()).allSatisfy(s -> assertThat(s.rule()).isIn(CompletionPolicy.CODES));
            assertThat(result.requirements().values()).filteredOn(s -> s.state() == DONE)
                    .allSatisfy(s -> assertThat(s.fact()).isNotBlank());
        }
    }

    @Test
    @DisplayName("malformed facts are refused as such (400), not assessed")
    void malformedFacts() {
        assertThatThrownBy(() -> new ExamPass(READING, null, LE, LE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExamPass(READING, B1, LE, LE.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Exemption(ExemptionKind.ONTHEFFING, ExemptionScope.PARTIAL, Set.of(), null, PIP, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CurrentPlan.of(1, Route.B1, B1, PIP).withA2Permitted(KNM, PIP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CurrentPlan.of(0, Route.B1, B1, PIP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CurrentPlan.of(1, Route.EDUCATION, A2, PIP)).isInstanceOf(IllegalArgumentException.class);
    }
}
