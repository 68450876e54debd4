package nl.inburgering.kit.time;

import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.time.ZoneId;
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
    Instance<Clock> clock;

    /**
     * Resolved on each reading, not at injection: Hibernate Validator initialises its validators (asking for the
     * clock) during static init, before the runtime configuration the service clock is made from (kit.zone,
     * KIT_TODAY) exists.
     */
    private final Clock onUse = new Clock() {
        @Override
        public ZoneId getZone() {
            return clock.get().getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return clock.get().withZone(zone);
        }

        @Override
        public Instant instant() {
            return clock.get().instant();
        }
    };

    @Override
    public Clock getClock() {
        return onUse;
    }
}
