package nl.inburgering.kit.time;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import nl.inburgering.kit.runtime.ProductionProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's one clock, as {@link Clock} and as {@link ServiceClock} (see {@link ClockSettings}). */
@ApplicationScoped
public class ClockProducer {

    @ConfigProperty(name = "kit.zone", defaultValue = "Europe/Amsterdam")
    String zone;

    @ConfigProperty(name = "kit.clock-offset")
    Optional<String> offset;

    @ConfigProperty(name = "kit.today")
    Optional<String> today;

    /** Builds the clock at start, so that a prod run with a shifted clock refuses to start, not to answer. */
    void onStart(@Observes StartupEvent event, ServiceClock clock) {
        clock.getZone();
    }

    @Produces
    @Singleton
    ServiceClock serviceClock() {
        return ClockSettings.clock(ProductionProfile.active(), zone, offset, today, Clock.systemUTC());
    }

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(ServiceClock clock) {
        return clock;
    }
}
