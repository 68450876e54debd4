package nl.inburgering.kit.time;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import nl.inburgering.kit.runtime.ProductionProfile;
import jakarta.inject.Inject;
import nl.inburgering.kit.config.KitConfig;

/** The service's one clock, as {@link Clock} and as {@link ServiceClock} (see {@link ClockSettings}). */
@ApplicationScoped
public class ClockProducer {

    @Inject
    KitConfig config;

    /** Builds the clock at start, so that a prod run with a shifted clock refuses to start, not to answer. */
    void onStart(@Observes StartupEvent event, ServiceClock clock) {
        clock.getZone();
    }

    @Produces
    @Singleton
    ServiceClock serviceClock() {
        return ClockSettings.clock(ProductionProfile.active(), config.zone(), config.clockOffset(), config.today(),
                Clock.systemUTC());
    }

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(ServiceClock clock) {
        return clock;
    }
}
