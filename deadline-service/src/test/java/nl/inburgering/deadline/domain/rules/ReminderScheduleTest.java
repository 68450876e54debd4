package nl.inburgering.deadline.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.inburgering.contracts.vocabulary.TermClosedOutcome;
import nl.inburgering.deadline.domain.rules.ReminderSchedule.Closure;
import nl.inburgering.deadline.domain.rules.ReminderSchedule.Kind;
import nl.inburgering.deadline.domain.rules.ReminderSchedule.Signal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The term's signals by day (N18, issue 11 item 5), table-driven. */
class ReminderScheduleTest {

    static final LocalDate START = LocalDate.of(2026, 2, 2);
    static final LocalDate END = LocalDate.of(2029, 2, 2);
    static final Closure OPEN = new Closure(null, null, null);

    static Stream<Arguments> days() {
        Signal soon = new Signal(Kind.ENDING_SOON, END, null, END);
        Signal exceeded = new Signal(Kind.EXCEEDED, END, null, END);
        return Stream.of(
                Arguments.of("a day before the 2 months", OPEN, LocalDate.of(2028, 12, 1), List.of()),
                Arguments.of("2 months before the end (N18)", OPEN, LocalDate.of(2028, 12, 2), List.of(soon)),
                Arguments.of("the last day", OPEN, LocalDate.of(2029, 2, 1), List.of(soon)),
                Arguments.of("the end without completion: exceeded", OPEN, END, List.of(exceeded)),
                Arguments.of("long after the end: still the same exceeded signal (once by its key)", OPEN,
                        END.plusMonths(7), List.of(exceeded)),
                Arguments.of("completed after the end: closed late, not exceeded", new Closure(END.plusDays(2),
                        null, null), END.plusDays(5), List.of(new Signal(Kind.CLOSED, START,
                                TermClosedOutcome.COMPLETED_LATE, END.plusDays(2)))),
                Arguments.of("completed before the end", new Closure(LocalDate.of(2028, 12, 20), null, null),
                        LocalDate.of(2029, 1, 5), List.of(new Signal(Kind.CLOSED, START,
                                TermClosedOutcome.COMPLETED_ON_TIME, LocalDate.of(2028, 12, 20)))),
                Arguments.of("completed on the end: late", new Closure(END, null, null), END.plusDays(3),
                        List.of(new Signal(Kind.CLOSED, START, TermClosedOutcome.COMPLETED_LATE, END))),
                Arguments.of("a completion announced for later closes nothing yet",
                        new Closure(LocalDate.of(2029, 1, 20), null, null), LocalDate.of(2029, 1, 5), List.of(soon)),
                Arguments.of("fully exempted", new Closure(null, LocalDate.of(2027, 3, 1), null),
                        LocalDate.of(2027, 3, 1), List.of(new Signal(Kind.CLOSED, START, TermClosedOutcome.EXEMPTED,
                                LocalDate.of(2027, 3, 1)))),
                Arguments.of("obligation ended", new Closure(null, null, LocalDate.of(2027, 5, 5)),
                        LocalDate.of(2028, 12, 10), List.of(new Signal(Kind.CLOSED, START,
                                TermClosedOutcome.OBLIGATION_ENDED, LocalDate.of(2027, 5, 5)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void theSignalsDueOnADay_N18(String name, Closure closure, LocalDate today, List<Signal> expected) {
        assertThat(ReminderSchedule.due(START, END, closure, today)).isEqualTo(expected);
    }
}
