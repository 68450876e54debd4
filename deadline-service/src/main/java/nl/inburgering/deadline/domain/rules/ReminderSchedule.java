package nl.inburgering.deadline.domain.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.inburgering.contracts.vocabulary.TermClosedOutcome;

/**
 * Which signals a term is due on a day (issue 11 item 5): {@code term.ending-soon} from 2 months before the end
 * (N18, DUO's letter listing what it knows), once per end (an extension moves the end, and the reminder comes again
 * for the new one); {@code term.exceeded} from the end on while the case is open, once per end (an extension after
 * expiry reopens the term, E6, and its new end can be exceeded again); {@code term.closed} once, when the case closes: completed before the end (COMPLETED_ON_TIME) or
 * after it (COMPLETED_LATE), fully exempted (EXEMPTED), or the obligation ended (OBLIGATION_ENDED). A closed term gets
 * no reminder. Each signal has a key; the scheduler sends a signal once per (participant, kind, key).
 */
public final class ReminderSchedule {

    /** N18: DUO's letter 2 months before the end. */
    public static final Period ENDING_SOON_BEFORE = Period.ofMonths(2);

    public enum Kind { ENDING_SOON, EXCEEDED, CLOSED }

    /**
     * @param key     what makes it once: the end it is about (ENDING_SOON, EXCEEDED) or the term's start (CLOSED)
     * @param outcome for CLOSED
     * @param on      the day it is about: the end (ENDING_SOON, EXCEEDED) or the day the closing fact took effect
     *                (CLOSED)
     */
    public record Signal(Kind kind, LocalDate key, TermClosedOutcome outcome, LocalDate on) {
    }

    /**
     * What closes a case, as the participant replica knows it; each null when not so.
     *
     * @param obligationEndedOn for an ended obligation without a date, the day it became known here
     */
    public record Closure(LocalDate completedOn, LocalDate fullyExemptFrom, LocalDate obligationEndedOn) {
    }

    private ReminderSchedule() {
    }

    /** The signals due on {@code today} for the term [start, endExclusive) (each sent once by its key). */
    public static List<Signal> due(LocalDate start, LocalDate endExclusive, Closure closure, LocalDate today) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endExclusive, "endExclusive");
        Objects.requireNonNull(today, "today");
        Optional<Signal> closed = closed(start, endExclusive, closure, today);
        if (closed.isPresent()) {
            return List.of(closed.get());
        }
        if (!today.isBefore(endExclusive)) {
            return List.of(new Signal(Kind.EXCEEDED, endExclusive, null, endExclusive));
        }
        if (!today.isBefore(endExclusive.minus(ENDING_SOON_BEFORE))) {
            return List.of(new Signal(Kind.ENDING_SOON, endExclusive, null, endExclusive));
        }
        return List.of();
    }

    private static Optional<Signal> closed(LocalDate start, LocalDate end, Closure c, LocalDate today) {
        if (c == null) {
            return Optional.empty();
        }
        if (c.completedOn() != null && !c.completedOn().isAfter(today)) {
            TermClosedOutcome outcome = c.completedOn().isBefore(end) ? TermClosedOutcome.COMPLETED_ON_TIME
                    : TermClosedOutcome.COMPLETED_LATE;
            return Optional.of(new Signal(Kind.CLOSED, start, outcome, c.completedOn()));
        }
        if (c.fullyExemptFrom() != null && !c.fullyExemptFrom().isAfter(today)) {
            return Optional.of(new Signal(Kind.CLOSED, start, TermClosedOutcome.EXEMPTED, c.fullyExemptFrom()));
        }
        if (c.obligationEndedOn() != null && !c.obligationEndedOn().isAfter(today)) {
            return Optional.of(new Signal(Kind.CLOSED, start, TermClosedOutcome.OBLIGATION_ENDED,
                    c.obligationEndedOn()));
        }
        return Optional.empty();
    }
}
