package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Hours followed, as a dated entry (DUO registers running totals; dated entries let the hours be judged
 * as of a day, e.g. the day of the final interview).
 *
 * @param kind  what the hours were spent on
 * @param date  the day (or the last day of the period) the hours were followed
 * @param hours whole hours, 0–9999 (DUO's bounds)
 */
public record HoursEntry(HoursKind kind, LocalDate date, int hours) {

    public HoursEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        if (hours < 0 || hours > 9999) {
            throw new IllegalArgumentException("hours must be 0–9999");
        }
    }
}
