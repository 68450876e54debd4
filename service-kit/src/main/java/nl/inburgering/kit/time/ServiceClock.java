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

    private final ZoneId zone;
    private final Duration startOffset;
    private volatile Duration testOffset = Duration.ZERO;

    ServiceClock(ZoneId zone, Duration startOffset) {
        this.zone = zone;
        this.startOffset = startOffset;
    }

    /** Lets the service believe it is {@code shift} later than it was at start (tests; non-production only). */
    public void shiftBy(Duration shift) {
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

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.offset(Clock.system(other), startOffset.plus(testOffset));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(startOffset).plus(testOffset);
    }
}
