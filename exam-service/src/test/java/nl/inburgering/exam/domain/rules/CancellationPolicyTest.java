package nl.inburgering.exam.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import nl.inburgering.kit.problem.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * §4 ("Changing or cancelling: up to 7 days before the exam … a free attempt is then preserved. Later
 * cancellation, or not showing up, means no refund") and §11 E19. Boundary: examDate − 7 days is still in time.
 */
class CancellationPolicyTest {

    /** Tuesday. */
    private static final LocalDate EXAM = LocalDate.of(2026, 3, 10);
    private final CancellationPolicy policy = new CancellationPolicy(ExamPolicyConfig.defaults());

    @Test
    void cancellationEightDaysBeforeKeepsTheAttempt_section4() {
        CancellationDecision d = policy.cancel(AttemptStatus.REGISTERED, EXAM, EXAM.minusDays(8));
        assertThat(d.status()).isEqualTo(AttemptStatus.CANCELLED_IN_TIME);
        assertThat(d.attemptConsumed()).isFalse();
    }

    @Test
    void cancellationThreeDaysBeforeConsumesTheAttempt_section4() {
        CancellationDecision d = policy.cancel(AttemptStatus.REGISTERED, EXAM, EXAM.minusDays(3));
        assertThat(d.status()).isEqualTo(AttemptStatus.CANCELLED_LATE);
        assertThat(d.attemptConsumed()).isTrue();
    }

    @ParameterizedTest(name = "{0} days before the exam: attempt consumed = {1}")
    @CsvSource({
            "60, false",
            "8,  false",
            "7,  false",   // boundary: exactly 7 days before (3 March for 10 March) is still in time
            "6,  true",    // boundary: 6 days before is late
            "1,  true",
            "0,  true",    // on the exam day itself: allowed, but late
    })
    void theSevenDayBoundary_section4_E19(int daysBefore, boolean consumed) {
        CancellationDecision d = policy.cancel(AttemptStatus.REGISTERED, EXAM, EXAM.minusDays(daysBefore));
        assertThat(d.attemptConsumed()).isEqualTo(consumed);
        assertThat(d.status()).isEqualTo(consumed ? AttemptStatus.CANCELLED_LATE : AttemptStatus.CANCELLED_IN_TIME);
        assertThat(d.newRegistrationNeeded()).isFalse();
    }

    @Test
    void theLastDayToKeepTheAttemptIsExamDateMinusSevenDays_section4() {
        assertThat(policy.lastDayToKeepAttempt(EXAM)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(policy.cancel(AttemptStatus.REGISTERED, EXAM, EXAM.minusDays(20)).lastDayToKeepAttempt())
                .isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void theNoticePeriodIsConfigurable_DuoNietverwijtbaarSays14Days() {
        CancellationPolicy fourteen = new CancellationPolicy(ExamPolicyConfig.defaults().withCancellationNoticeDays(14));
        assertThat(fourteen.cancel(AttemptStatus.REGISTERED, EXAM, EXAM.minusDays(14)).attemptConsumed()).isFalse();
        assertThat(fourteen.cancel(AttemptStatus.REGISTERED, EXAM, EXAM.minusDays(13)).attemptConsumed()).isTrue();
        assertThat(policy.cancel(AttemptStatus.REGISTERED, EXAM, EXAM.minusDays(13)).attemptConsumed()).isFalse();
    }

    @Test
    void cancellationAfterTheExamDateIsRefused_section4() {
        assertThatThrownBy(() -> policy.cancel(AttemptStatus.REGISTERED, EXAM, EXAM.plusDays(1)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("§4"));
    }

    @Test
    void cancellationAfterAResultIsRefused_section4() {
        assertThatThrownBy(() -> policy.cancel(AttemptStatus.RESULT, EXAM, EXAM.minusDays(10)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("§4"));
    }

    @ParameterizedTest
    @EnumSource(value = AttemptStatus.class, names = {"CANCELLED_IN_TIME", "CANCELLED_LATE"})
    void cancellingACancelledRegistrationIsRefused_section4(AttemptStatus status) {
        assertThatThrownBy(() -> policy.cancel(status, EXAM, EXAM.minusDays(10)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("§4"));
    }

    @Test
    void movingAtLeastSevenDaysBeforeKeepsTheRegistrationAndItsAttempt_section4() {
        CancellationDecision d = policy.reschedule(AttemptStatus.REGISTERED, EXAM, EXAM.minusDays(7), EXAM.plusDays(21));
        assertThat(d.status()).isEqualTo(AttemptStatus.REGISTERED);
        assertThat(d.attemptConsumed()).isFalse();
        assertThat(d.newRegistrationNeeded()).isFalse();
    }

    @Test
    void movingSixDaysBeforeUsesUpTheAttemptAndNeedsANewRegistration_section4() {
        CancellationDecision d = policy.reschedule(AttemptStatus.REGISTERED, EXAM, EXAM.minusDays(6), EXAM.plusDays(21));
        assertThat(d.status()).isEqualTo(AttemptStatus.CANCELLED_LATE);
        assertThat(d.attemptConsumed()).isTrue();
        assertThat(d.newRegistrationNeeded()).isTrue();
    }

    @Test
    void movingIsRefusedAfterTheExamOrAResultOrToAPastOrTheSameDate_section4() {
        assertThatThrownBy(() -> policy.reschedule(AttemptStatus.REGISTERED, EXAM, EXAM.plusDays(1), EXAM.plusDays(30)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> policy.reschedule(AttemptStatus.RESULT, EXAM, EXAM.minusDays(10), EXAM.plusDays(30)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> policy.reschedule(AttemptStatus.REGISTERED, EXAM, EXAM.minusDays(10), EXAM.minusDays(10)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> policy.reschedule(AttemptStatus.REGISTERED, EXAM, EXAM.minusDays(10), EXAM))
                .isInstanceOf(RuleViolationException.class);
    }
}
