package nl.inburgering.exam.config;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/** Bean validation's {@code @Future} and {@code @PastOrPresent} use the same "today" as the rules. */
@Singleton
public class ValidationClock implements ClockProvider {

    @Inject
    Clock clock;

    @Override
    public Clock getClock() {
        return clock;
    }
}
