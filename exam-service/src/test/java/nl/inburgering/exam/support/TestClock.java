package nl.inburgering.exam.support;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.inburgering.exam.config.ExamBeans;

/**
 * The service's "today", movable by tests: a result may only be recorded on or after the exam date, and a
 * registration needs an exam date after today, so a test registers for a date ahead and then lets time pass.
 * Replaces the service's default clock bean in every @QuarkusTest (the same app for all test classes).
 * Tests that move it call {@link #reset()} afterwards.
 */
public final class TestClock extends Clock {

    public static final TestClock INSTANCE = new TestClock();

    private static volatile Duration offset = Duration.ZERO;

    private TestClock() {
    }

    /** The real date today, in the service's zone. */
    public static LocalDate realToday() {
        return LocalDate.now(Clock.system(ExamBeans.ZONE));
    }

    /** What the service takes for today. */
    public static LocalDate today() {
        return LocalDate.now(INSTANCE);
    }

    /** Lets the service believe it is {@code days} days later than it really is. */
    public static void advanceDays(long days) {
        offset = Duration.ofDays(days);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ExamBeans.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** The bean that replaces the service's {@code @DefaultBean} clock. */
    public static class Producer {
        @Produces
        @Singleton
        Clock clock() {
            return INSTANCE;
        }
    }
}
