package nl.inburgering.deadline.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The PIP deadline (N5, rules §2.4), table-driven. */
class PlanDeadlineTest {

    static final PlanDeadline TEN_WEEKS = new PlanDeadline(10);
    static final LocalDate NOTIFIED = LocalDate.of(2026, 3, 2);

    static Stream<Arguments> lastDays() {
        return Stream.of(
                Arguments.of("10 weeks from the kennisgeving", NOTIFIED, null, LocalDate.of(2026, 5, 11)),
                Arguments.of("registered before the kennisgeving: from the kennisgeving", NOTIFIED,
                        NOTIFIED.minusDays(20), LocalDate.of(2026, 5, 11)),
                Arguments.of("registered on the same day", NOTIFIED, NOTIFIED, LocalDate.of(2026, 5, 11)),
                Arguments.of("registered later: from the registration", NOTIFIED, LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 6, 10)),
                Arguments.of("across the year's end", LocalDate.of(2026, 11, 30), null, LocalDate.of(2027, 2, 8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lastDays")
    void theInitialPipIsDueTenWeeksAfterTheLaterOfKennisgevingAndRegistration_N5(String name, LocalDate notified,
            LocalDate registered, LocalDate expected) {
        assertThat(TEN_WEEKS.lastDay(notified, registered)).isEqualTo(expected);
    }

    static Stream<Arguments> missed() {
        LocalDate last = LocalDate.of(2026, 5, 11);
        return Stream.of(
                Arguments.of("no PIP, on the last day: not yet", null, last, false),
                Arguments.of("no PIP, the day after: missed", null, last.plusDays(1), true),
                Arguments.of("PIP dated on the last day: in time", last, last.plusDays(30), false),
                Arguments.of("PIP dated before: in time", last.minusWeeks(4), last.plusDays(30), false),
                Arguments.of("PIP dated a day late: missed (late)", last.plusDays(1), last.plusDays(30), true),
                Arguments.of("PIP dated late, looked at before the deadline passed", last.plusDays(1), last, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missed")
    void theDeadlineIsMissedWhenNoInitialPipIsDatedByTheLastDay_N5(String name, LocalDate initialDateOfIssue,
            LocalDate today, boolean expected) {
        assertThat(TEN_WEEKS.missedOn(LocalDate.of(2026, 5, 11), initialDateOfIssue, today)).isEqualTo(expected);
    }

    @Test
    void theNumberOfWeeksIsConfigurable_N5() {
        assertThat(new PlanDeadline(12).lastDay(NOTIFIED, null)).isEqualTo(NOTIFIED.plusWeeks(12));
        assertThatThrownBy(() -> new PlanDeadline(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deadline.plan-deadline-weeks");
    }
}
