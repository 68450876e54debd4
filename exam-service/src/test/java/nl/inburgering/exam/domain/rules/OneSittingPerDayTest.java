package nl.inburgering.exam.domain.rules;

import static nl.inburgering.contracts.vocabulary.ExamComponent.LISTENING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.READING;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.Payer;
import nl.inburgering.kit.problem.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("OneSittingPerDay: one booking of a component per day (issue 8 item 12b, decision)")
class OneSittingPerDayTest {

    static final LocalDate DAY = LocalDate.of(2026, 9, 1);
    static final Payer P = Payer.MUNICIPALITY;

    @Test
    void anOpenRegistrationForTheComponentThatDayHoldsIt() {
        assertThat(OneSittingPerDay.check(READING, DAY, List.of(PriorAttempt.registered(READING, B1, DAY, P))))
                .hasValueSatisfying(v -> {
                    assertThat(v.rule()).isEqualTo(RuleCodes.ONE_SITTING_PER_DAY);
                    assertThat(v.field()).isEqualTo("examDate");
                });
    }

    @Test
    void aResultThatDayHoldsItToo() {
        assertThat(OneSittingPerDay.check(READING, DAY,
                List.of(PriorAttempt.result(READING, B1, DAY, P, ExamOutcome.FAILED)))).isPresent();
    }

    @Test
    void aCancelledRegistrationInTimeOrLateNoLongerHoldsTheDay() {
        assertThat(OneSittingPerDay.check(READING, DAY, List.of(PriorAttempt.cancelledInTime(READING, B1, DAY, P),
                PriorAttempt.cancelledLate(READING, B1, DAY, P)))).isEmpty();
    }

    @Test
    void anotherComponentOrAnotherDayIsAnotherSitting() {
        assertThat(OneSittingPerDay.check(READING, DAY, List.of(PriorAttempt.registered(LISTENING, B1, DAY, P),
                PriorAttempt.registered(READING, B1, DAY.plusDays(1), P)))).isEmpty();
        assertThat(OneSittingPerDay.check(READING, DAY, List.of())).isEmpty();
    }

    @Test
    void requireRefusesWithA409NamingTheRule() {
        assertThatThrownBy(() -> OneSittingPerDay.require(READING, DAY,
                List.of(PriorAttempt.registered(READING, B1, DAY, P))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(RuleCodes.ONE_SITTING_PER_DAY);
    }
}
