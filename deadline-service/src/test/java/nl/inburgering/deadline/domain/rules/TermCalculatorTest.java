package nl.inburgering.deadline.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("TermCalculator: the term starts the day after the initial PIP's dagtekening and lasts three years (N2, N3)")
class TermCalculatorTest {

    @ParameterizedTest(name = "dagtekening {0}: start {1}, last day {2}, exclusive end {3}")
    @CsvSource({
            // an ordinary date
            "2026-02-01, 2026-02-02, 2029-02-01, 2029-02-02",
            // the dagtekening at the end of a year and of a month
            "2026-12-31, 2027-01-01, 2029-12-31, 2030-01-01",
            "2026-01-31, 2026-02-01, 2029-01-31, 2029-02-01",
            // issue 11: start on 29 February; plusYears(3) would give 28 February 2031 and cut that day off
            "2028-02-28, 2028-02-29, 2031-02-28, 2031-03-01",
            // the dagtekening on 29 February: the start is 1 March, an ordinary date
            "2028-02-29, 2028-03-01, 2031-02-28, 2031-03-01",
            // a term that ends in a leap year keeps its 29 February
            "2029-02-28, 2029-03-01, 2032-02-29, 2032-03-01",
            // the next 29 February start (its third anniversary is never in a leap year)
            "2032-02-28, 2032-02-29, 2035-02-28, 2035-03-01",
    })
    void theTermRunsThreeYearsFromTheDayAfterTheDagtekening_N2_N3(LocalDate dateOfIssue, LocalDate start,
            LocalDate lastDay, LocalDate endExclusive) {
        assertThat(TermCalculator.start(dateOfIssue)).isEqualTo(start);
        assertThat(TermCalculator.endExclusive(start)).isEqualTo(endExclusive);
        assertThat(TermCalculator.endExclusive(start).minusDays(1)).isEqualTo(lastDay);
    }

    @Test
    void noTermIsShorterThanThreeYearsAndOnlyA29FebruaryStartIsADayLonger_issue11() {
        Stream.iterate(LocalDate.of(2026, 1, 1), d -> d.isBefore(LocalDate.of(2034, 1, 1)), d -> d.plusDays(1))
                .forEach(start -> {
                    LocalDate end = TermCalculator.endExclusive(start);
                    long extra = ChronoUnit.DAYS.between(start.plusYears(3), end);
                    boolean leapDay = start.getMonthValue() == 2 && start.getDayOfMonth() == 29;
                    assertThat(extra).as("start " + start).isEqualTo(leapDay ? 1 : 0);
                });
    }
}
