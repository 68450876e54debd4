package nl.inburgering.kit.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one clock of a service: Dutch calendar days (kit.zone, Europe/Amsterdam), so "today" is the same in the
 * rules, in Bean Validation and in every service, whatever zone the JVM runs in. Outside production it can be
 * moved: at start with {@code KIT_CLOCK_OFFSET} or {@code KIT_TODAY} ({@link ClockSettings}), and by tests with
 * {@link #shiftBy} / {@link #reset}, so a tester can let an exam date pass in a running system.
 */
public final class ServiceClock extends Clock {

    private final Clock real;
    private final ZoneId zone;
    private final Duration startOffset;
    private final boolean movable;
    private volatile Duration testOffset = Duration.ZERO;

    ServiceClock(Clock real, ZoneId zone, Duration startOffset, boolean movable) {
        this.real = real;
        this.zone = zone;
        this.startOffset = startOffset;
        this.movable = movable;
    }

    /** Lets the service believe it is {@code shift} later than it was at start; refused in production. */
    public void shiftBy(Duration shift) {
        if (!movable) {
            throw new IllegalStateException("the clock of a production run cannot be moved");
        }
        testOffset = shift;
    }

    /** Back to the clock the service started with. */
    public void reset() {
        testOffset = Duration.ZERO;
    }

    /** What the service takes for today. */
    public LocalDate today() {
        return LocalDate.now(this);
    }

    /** The real date today in the service's zone, whatever shift is set (for tests that move the clock). */
    public LocalDate realToday() {
        return LocalDate.now(real.withZone(zone));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.offset(real.withZone(other), startOffset.plus(testOffset));
    }

    @Override
    public Instant instant() {
        return real.instant().plus(startOffset).plus(testOffset);
    }
}
