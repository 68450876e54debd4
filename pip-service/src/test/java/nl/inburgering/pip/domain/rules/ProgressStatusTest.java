package nl.inburgering.pip.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.ObligationEndReason;
import nl.inburgering.contracts.vocabulary.Route;

@DisplayName("ProgressStatus: REGISTERED → INTAKE → PLAN_ESTABLISHED → COMPLETED / EXEMPTED / OBLIGATION_ENDED (issue)")
class ProgressStatusTest {

    static final LocalDate PIP = LocalDate.of(2024, 3, 1);
    static final LocalDate LATER = LocalDate.of(2025, 3, 1);

    static CompletionFacts facts(boolean plan, boolean complete, boolean exempted, boolean ended) {
        CompletionFacts facts = CompletionFacts.none();
        if (plan) {
            facts = facts.withPlan(CurrentPlan.of(1, Route.EDUCATION, LanguageLevel.B1, PIP));
        }
        if (complete) {
            for (ExamComponent component : ExamComponent.values()) {
                facts = facts.withExamPass(new ExamPass(component, LanguageLevel.B1, LATER, LATER));
            }
            facts = facts.withPvtSignedOn(LATER);
        }
        if (exempted) {
            facts = facts.withExemption(Exemption.full(ExemptionKind.ONTHEFFING, PIP.plusDays(10)));
        }
        if (ended) {
            facts = facts.withObligationEnded(new ObligationEnd(ObligationEndReason.DECEASED, PIP.plusDays(20)));
        }
        return facts;
    }

    @ParameterizedTest(name = "intake={0} plan={1} complete={2} exempted={3} ended={4} → {5}")
    @CsvSource({
            "false, false, false, false, false, REGISTERED",
            "true,  false, false, false, false, INTAKE",
            "true,  true,  false, false, false, PLAN_ESTABLISHED",
            "false, true,  false, false, false, PLAN_ESTABLISHED",
            "true,  true,  true,  false, false, COMPLETED",
            "true,  true,  false, true,  false, EXEMPTED",
            "false, false, false, true,  false, EXEMPTED",
            "true,  true,  false, false, true,  OBLIGATION_ENDED",
            "true,  false, false, false, true,  OBLIGATION_ENDED",
            "true,  true,  true,  true,  false, EXEMPTED",
            "true,  true,  false, true,  true,  EXEMPTED"})
    @DisplayName("the overall status from intake, plan, assessment, exemption and end of obligation")
    void overallStatus(boolean intake, boolean plan, boolean complete, boolean exempted, boolean ended,
                       ProgressStatus expected) {
        CompletionAssessment assessment = new CompletionPolicy().assess(facts(plan, complete, exempted, ended));
        assertThat(ProgressStatus.decide(intake, assessment, LocalDate.of(2030, 1, 1))).isEqualTo(expected);
    }

    @Test
    @DisplayName("a completion before a later end of the obligation stays COMPLETED")
    void completionBeforeTheEndStaysCompleted() {
        CompletionFacts facts = facts(true, true, false, false)
                .withObligationEnded(new ObligationEnd(ObligationEndReason.NATURALISED, LATER.plusDays(1)));
        assertThat(ProgressStatus.decide(true, new CompletionPolicy().assess(facts), LocalDate.of(2030, 1, 1)))
                .isEqualTo(ProgressStatus.COMPLETED);
    }

    @Test
    @DisplayName("E14, E15, SS128: a closure dated in the future closes the case on its date, not before")
    void e14AClosureClosesTheCaseOnItsDate_issue8item7() {
        LocalDate pensionAge = LocalDate.of(2026, 12, 1);
        CompletionAssessment ended = new CompletionPolicy().assess(facts(true, false, false, false)
                .withObligationEnded(new ObligationEnd(ObligationEndReason.PENSION_AGE, pensionAge)));
        assertThat(ProgressStatus.decide(true, ended, pensionAge.minusDays(1))).isEqualTo(ProgressStatus.PLAN_ESTABLISHED);
        assertThat(ProgressStatus.decide(true, ended, pensionAge)).isEqualTo(ProgressStatus.OBLIGATION_ENDED);

        LocalDate exemptFrom = LocalDate.of(2026, 10, 1);
        CompletionAssessment exempted = new CompletionPolicy().assess(facts(true, false, false, false)
                .withExemption(Exemption.full(ExemptionKind.VRIJSTELLING, exemptFrom)));
        assertThat(ProgressStatus.decide(true, exempted, exemptFrom.minusDays(1))).isEqualTo(ProgressStatus.PLAN_ESTABLISHED);
        assertThat(ProgressStatus.decide(true, exempted, exemptFrom)).isEqualTo(ProgressStatus.EXEMPTED);
    }

    @Test
    @DisplayName("completed, exempted and obligation ended are final")
    void finalStatuses() {
        assertThat(List.of(ProgressStatus.values())).filteredOn(ProgressStatus::isFinal)
                .containsExactly(ProgressStatus.COMPLETED, ProgressStatus.EXEMPTED, ProgressStatus.OBLIGATION_ENDED);
    }
}
