package nl.inburgering.kit.metrics;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.inburgering.kit.config.KitConfig;

/**
 * Every metric of a service carries {@code service="pip"} (…): the dashboard (deploy/grafana) groups by it, whatever
 * the scraper's own job and instance labels are.
 */
@Singleton
public class ServiceTag {

    @Produces
    @Singleton
    MeterFilter serviceTag(KitConfig config) {
        return MeterFilter.commonTags(Tags.of("service", config.serviceName()));
    }
}
