package nl.inburgering.kit.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ObligationEndReason;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.participants.KnownParticipant.Closure;
import nl.inburgering.kit.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

/** E14, issue 8 items 7, 8b: each closure counts from its own date, the day itself included. */
class KnownParticipantClosureTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static KnownParticipant known(LocalDate completedOn, LocalDate fullyExemptFrom, LocalDate endedOn) {
        return new KnownParticipant(UUID.randomUUID(), true, "GM0363", null, null,
                TargetGroup.ASYLUM_PERMIT_HOLDER, TargetGroupHistory.of(TargetGroup.ASYLUM_PERMIT_HOLDER),
                LocalDate.of(1990, 1, 1), LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 20),
                endedOn == null ? null : ObligationEndReason.PENSION_AGE, endedOn, completedOn, fullyExemptFrom, null,
                null, null);
    }

    @Test
    void e14AnOpenCaseHasNoClosure() {
        assertThat(known(null, null, null).closedOn(DAY)).isEmpty();
    }

    @Test
    void e14SS128AnObligationEndClosesTheCaseFromItsDateNotBefore() {
        KnownParticipant pensionAge = known(null, null, DAY);
        assertThat(pensionAge.closedOn(DAY.minusDays(1))).isEmpty();
        assertThat(pensionAge.closedOn(DAY)).contains(Closure.OBLIGATION_ENDED);
    }

    @Test
    void e14AFullExemptionClosesTheCaseFromItsValidFrom_8b() {
        KnownParticipant exempt = known(null, DAY, null);
        assertThat(exempt.closedOn(DAY.minusDays(1))).isEmpty();
        assertThat(exempt.closedOn(DAY.plusDays(5))).contains(Closure.FULLY_EXEMPT);
    }

    @Test
    void e14VoldaanClosesTheCaseFromTheCompletionDayAndIsNamedFirst_8b() {
        KnownParticipant completed = known(DAY, DAY, DAY);
        assertThat(completed.closedOn(DAY.minusDays(1))).isEmpty();
        assertThat(completed.closedOn(DAY)).contains(Closure.COMPLETED);
        assertThat(known(DAY.plusDays(1), DAY, null).closedOn(DAY)).contains(Closure.FULLY_EXEMPT);
    }

    @Test
    void s9AndE14AStepInAClosedCaseIsRefusedWithTheClosuresRule() {
        assertThatCode(() -> known(null, null, null).requireOpenOn(DAY, "no step")).doesNotThrowAnyException();
        assertThatThrownBy(() -> known(DAY, null, null).requireOpenOn(DAY, "the MAP takes no further steps"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("§9"))
                .hasMessageContaining("civic integration is completed; the MAP takes no further steps");
        assertThatThrownBy(() -> known(null, DAY, null).requireOpenOn(DAY, "x"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("E14"));
        assertThatThrownBy(() -> known(null, null, DAY).requireOpenOn(DAY, "x"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("E14"));
        assertThatCode(() -> known(null, null, DAY).requireOpenOn(DAY.minusDays(1), "x")).doesNotThrowAnyException();
    }
}
