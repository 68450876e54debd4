package nl.inburgering.exam.domain.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.inburgering.contracts.vocabulary.ExamComponent;

/**
 * One sitting of a component per day ({@link RuleCodes#ONE_SITTING_PER_DAY}, issue 8 item 12b): a registration
 * for a component on a day that already has a registration for it that was not cancelled (registered, or with a
 * result) is a double booking. A cancelled one, in time or late, no longer holds the day.
 */
public final class OneSittingPerDay {

    private OneSittingPerDay() {
    }

    /** The violation, if {@code others} (the participant's other registrations) already hold that day. */
    public static Optional<RuleViolation> check(ExamComponent component, LocalDate examDate, List<PriorAttempt> others) {
        boolean taken = others.stream().anyMatch(o -> o.component() == component && o.examDate().equals(examDate)
                && (o.status() == AttemptStatus.REGISTERED || o.status() == AttemptStatus.RESULT));
        return taken
                ? Optional.of(new RuleViolation(RuleCodes.ONE_SITTING_PER_DAY, "examDate",
                        "the participant is already registered for " + component + " on " + examDate
                                + "; change or cancel that registration instead"))
                : Optional.empty();
    }

    /** As {@link #check}, as a 409. */
    public static void require(ExamComponent component, LocalDate examDate, List<PriorAttempt> others) {
        check(component, examDate, others).ifPresent(v -> {
            throw v.toException();
        });
    }
}
