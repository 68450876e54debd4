package nl.inburgering.kit.time;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Bean Validation's {@code @Future}, {@code @PastOrPresent} … use the service's clock and zone, not the JVM's:
 * otherwise near midnight a date that is today in the Netherlands is refused as "in the future".
 */
@Singleton
public class ValidationClock implements ClockProvider {

    @Inject
    Clock clock;

    @Override
    public Clock getClock() {
        return clock;
    }
}
