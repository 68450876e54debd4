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

    Database database();

    Http http();

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

    /**
     * Bounds on waiting for the database (issue 14 item 3), so that while it restarts a request is answered a 503
     * within seconds instead of waiting on Vert.x's defaults (60 s to connect, 30 s for a pooled connection).
     */
    interface Database {
        /** How long opening a connection may take. */
        @WithDefault("3s")
        Duration connectTimeout();

        /**
         * How long a request may wait for a connection of the pool: the bound on a REST answer while the database is
         * away. Generous, so that a pool busy under load (or a machine short of CPU) is not taken for an outage.
         */
        @WithDefault("10s")
        Duration acquisitionTimeout();
    }

    /**
     * The bulkhead on the API ({@code RequestBulkhead}, issue 15): requests beyond the limit wait in a queue of their
     * own instead of the connection pool's, so the consumers, the outbox relay and the audit group commit always find
     * a connection of the pool ({@code quarkus.datasource.reactive.max-size}, 20) within one transaction's time.
     */
    interface Http {
        /** API requests handled at once; keep it below the pool's size (a request holds one connection at a time). */
        @WithDefault("16")
        int maxConcurrentRequests();

        /** API requests waiting for their turn at most; one more is answered 503 at once. */
        @WithDefault("1000")
        int maxWaitingRequests();

        /** How long a request may wait for its turn before it is answered 503 (the pool's own bound, too). */
        @WithDefault("10s")
        Duration maxWait();
    }

    interface Outbox {
        /**
         * How often the relay looks for committed rows without being told: it runs on each commit (LISTEN/NOTIFY), so
         * this only covers a notification missed while its connection reconnects; also the first step of its backoff.
         */
        @WithDefault("1s")
        Duration relayInterval();

        /** The relay's first run waits this long after start (its producer and LISTEN connection are set up first). */
        @WithDefault("1s")
        Duration relayDelay();

        /**
         * Rows read and handed to the producer at once (a run pipelines up to 8 batches; a full last batch runs the
         * next run at once). 2000 drained a backlog about a quarter faster than 500 (bench/RESULTS.md, issue 15).
         */
        @WithDefault("2000")
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
