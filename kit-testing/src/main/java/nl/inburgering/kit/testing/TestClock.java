package nl.inburgering.kit.testing;

import io.quarkus.arc.Arc;
import java.time.Duration;
import java.time.LocalDate;
import nl.inburgering.kit.time.ServiceClock;

/**
 * The service's "today" (service-kit's {@link ServiceClock}), moved by tests. In exam-service, for example, a
 * result may only be recorded on or after the exam date and a registration needs an exam date after today, so a
 * test registers for a date ahead and then lets time pass. The @QuarkusTest runs in the application's JVM, so this moves the very clock the rules
 * and Bean Validation read. Tests that move it call {@link #reset()} afterwards.
 */
public final class TestClock {

    private TestClock() {
    }

    private static ServiceClock clock() {
        return Arc.container().instance(ServiceClock.class).get();
    }

    /** The real date today, in the service's zone. */
    public static LocalDate realToday() {
        return clock().realToday();
    }

    /** What the service takes for today. */
    public static LocalDate today() {
        return clock().today();
    }

    /** Lets the service believe it is {@code days} days later than it really is. */
    public static void advanceDays(long days) {
        clock().shiftBy(Duration.ofDays(days));
    }

    public static void reset() {
        clock().reset();
    }
}
