package nl.inburgering.kit.time;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How a service's clock is set: the zone of its calendar days ({@code kit.zone}) and, for the {@code local} and
 * {@code test} profiles only, a shift of "today": {@code KIT_CLOCK_OFFSET} (an ISO-8601 duration such as
 * {@code P30D}, {@code kit.clock-offset}) or {@code KIT_TODAY} (a fixed date, {@code kit.today}, from which the
 * clock runs on). The prod profile refuses to start with either set: a shifted clock there would decide real
 * payments and deadlines on a false date.
 */
public final class ClockSettings {

    private ClockSettings() {
    }

    /** The clock for these settings; {@code production} refuses any shift. */
    public static ServiceClock clock(boolean production, String zone, Optional<String> offset, Optional<String> today,
            Clock real) {
        ZoneId zoneId = ZoneId.of(zone);
        Optional<String> givenOffset = offset.filter(s -> !s.isBlank());
        Optional<String> givenToday = today.filter(s -> !s.isBlank());
        if (production && (givenOffset.isPresent() || givenToday.isPresent())) {
            throw new IllegalStateException("Refusing to start: KIT_CLOCK_OFFSET / KIT_TODAY (kit.clock-offset, "
                    + "kit.today) move the service's \"today\" and are for the local and test profiles only; unset "
                    + "them for the prod profile.");
        }
        if (givenOffset.isPresent() && givenToday.isPresent()) {
            throw new IllegalStateException("Set KIT_CLOCK_OFFSET or KIT_TODAY, not both.");
        }
        Duration shift = Duration.ZERO;
        try {
            if (givenOffset.isPresent()) {
                shift = Duration.parse(givenOffset.get());
            } else if (givenToday.isPresent()) {
                LocalDate target = LocalDate.parse(givenToday.get());
                shift = Duration.ofDays(target.toEpochDay() - LocalDate.now(real.withZone(zoneId)).toEpochDay());
            }
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("KIT_CLOCK_OFFSET must be an ISO-8601 duration such as P30D or PT36H, "
                    + "KIT_TODAY a date such as 2027-03-01: " + e.getParsedString(), e);
        }
        return new ServiceClock(real, zoneId, shift, !production);
    }
}
