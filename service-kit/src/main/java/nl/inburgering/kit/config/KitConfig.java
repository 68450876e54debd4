package nl.inburgering.kit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Every {@code kit.*} setting of a service built on the kit, with its default: defaults live here, once;
 * a service's application.properties lists only what it changes (at least {@code kit.service-name}).
 * Environment variables override as usual (e.g. {@code KIT_ZONE}, {@code KIT_OUTBOX_BATCH_SIZE}).
 */
@ConfigMapping(prefix = "kit")
public interface KitConfig {

    /** pip, exam, map, pvt or deadline: names the database, its user and the events' source. */
    String serviceName();

    /** The zone in which "today" is reckoned: the law's dates are Dutch calendar dates. */
    @WithDefault("Europe/Amsterdam")
    String zone();

    /** Moves "today" by an ISO-8601 duration (e.g. P30D); local and test profiles only, prod refuses to start. */
    Optional<String> clockOffset();

    /** Fixes "today" (ISO date); local and test profiles only, prod refuses to start. */
    Optional<String> today();

    /** Appended to every consumer group id (".test" in tests, so they never take a running service's events). */
    Optional<String> consumerGroupSuffix();

    Events events();

    Outbox outbox();

    Inbox inbox();

    ParticipantReplica participantReplica();

    ExplanationLanguage explanations();

    interface ExplanationLanguage {
        /** The language of explanations when the request's Accept-Language asks for neither nl nor en. */
        @WithDefault("nl")
        String defaultLanguage();
    }

    interface Events {
        /** The CloudEvent {@code source}; by default {@code urn:nld:inburgering:<service-name>-service}. */
        Optional<String> source();
    }

    interface Outbox {
        /** How often the relay looks for committed rows (a Vert.x timer: sub-second is fine). */
        @WithDefault("200ms")
        Duration relayInterval();

        /** The relay's first run waits this long: messaging wires its emitters at start. */
        @WithDefault("1s")
        Duration relayDelay();

        /** Rows sent per relay run. */
        @WithDefault("200")
        int batchSize();

        /** How often the outbox gauges (kit_outbox_pending, kit_outbox_oldest_age_seconds) are read. */
        @WithDefault("10s")
        Duration metricsInterval();

        /** Sent rows are deleted after this long (kept for inspection and replay). */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Inbox {
        /** Retries of a failing event, each in a fresh transaction, before it goes to {@code <topic>.dlq}. */
        @WithDefault("3")
        int maxRetries();
    }

    interface ParticipantReplica {
        /** Build time: keep the participant replica from pip.events (exam, map, pvt, deadline). */
        @WithDefault("false")
        boolean enabled();
    }

    /** The CloudEvent source of this service's events. */
    default String eventSource() {
        return events().source().orElse("urn:nld:inburgering:" + serviceName() + "-service");
    }
}
