package nl.inburgering.deadline.domain.rules;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * The inburgeringstermijn (N2, N3 [C]): it starts on the day after the dagtekening of the initial PIP and lasts three
 * years; a revision of the PIP never moves it.
 *
 * <p>The end (exclusive) is the start's third anniversary: {@code start.plusYears(3)}. One exception, decided here
 * (issue 11 item 2): a start on 29 February has no anniversary three years later, and {@code plusYears(3)} would clamp
 * it to 28 February and so leave that day outside the term. Its exclusive end is 1 March instead: dagtekening
 * 28 February 2028, start 29 February 2028, last day 28 February 2031, exclusive end 1 March 2031. No participant gets
 * less than three years; only that start gets at most one day more.
 */
public final class TermCalculator {

    public static final int YEARS = 3;

    private TermCalculator() {
    }

    /** The first day of the term: the day after the initial PIP's dagtekening. */
    public static LocalDate start(LocalDate initialDateOfIssue) {
        return Objects.requireNonNull(initialDateOfIssue, "initialDateOfIssue").plusDays(1);
    }

    /** The first day after a term that started on {@code start}. */
    public static LocalDate endExclusive(LocalDate start) {
        Objects.requireNonNull(start, "start");
        LocalDate anniversary = start.plusYears(YEARS);
        boolean leapDayStart = start.getMonth() == Month.FEBRUARY && start.getDayOfMonth() == 29;
        return leapDayStart && anniversary.getDayOfMonth() == 28 ? anniversary.plusDays(1) : anniversary;
    }
}
