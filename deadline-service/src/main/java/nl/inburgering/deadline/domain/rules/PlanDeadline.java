package nl.inburgering.deadline.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The PIP deadline (N5 [C that 10 weeks exist], rules §2.4 [I]): the initial PIP is due within 10 weeks (configurable)
 * of DUO's kennisgeving, or of the registration in the municipality when that came later. Missed when no initial PIP
 * was dated by the last day; a later PIP resolves it but stays late.
 */
public final class PlanDeadline {

    private final int weeks;

    public PlanDeadline(int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("deadline.plan-deadline-weeks must be at least 1");
        }
        this.weeks = weeks;
    }

    /** The last day the initial PIP is due: 10 weeks from the later of the kennisgeving and the registration. */
    public LocalDate lastDay(LocalDate notificationDate, LocalDate registrationDate) {
        Objects.requireNonNull(notificationDate, "notificationDate");
        LocalDate from = registrationDate != null && registrationDate.isAfter(notificationDate) ? registrationDate
                : notificationDate;
        return from.plusWeeks(weeks);
    }

    /**
     * Whether the deadline is missed on {@code today}: the last day has passed and no initial PIP was dated on or
     * before it ({@code initialDateOfIssue} null while there is none).
     */
    public boolean missedOn(LocalDate lastDay, LocalDate initialDateOfIssue, LocalDate today) {
        return today.isAfter(lastDay) && (initialDateOfIssue == null || initialDateOfIssue.isAfter(lastDay));
    }
}
