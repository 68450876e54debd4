package nl.inburgering.duogateway.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/** Every {@code duo-gateway.*} setting (defaults and environment variables in application.properties). */
@ConfigMapping(prefix = "duo-gateway")
public interface GatewayConfig {

    /** AES-256 key (base64) of the BSN a notification carries, kept sealed until the notification is processed. */
    String bsnEncryptionKey();

    Duo duo();

    Municipality municipality();

    Brp brp();

    Services services();

    Work work();

    interface Duo {
        /** DUO's base URL ({@code https://{DUO host}/{major}}, rules §10). */
        String url();

        /** DUO's OIN: the {@code bron} of its notifications, the {@code doel} of our requests. */
        String oin();

        /** {@code mtls} (Digikoppeling: PKIoverheid certificates both ways) or {@code dev} (plain HTTP, loopback). */
        String authentication();

        /** The Quarkus TLS configuration (quarkus.tls.NAME.*) of our client certificate and DUO's trust, for mtls. */
        String tlsConfigurationName();
    }

    interface Municipality {
        /** Our OIN: the {@code doel} of DUO's notifications, the {@code bron} of our requests. */
        String oin();

        /** The CBS code registrations get when the BRP names no municipality. */
        String code();
    }

    interface Brp {
        /** Haal Centraal BRP Personen bevragen, up to and without {@code /personen}. */
        String url();

        /**
         * The Quarkus TLS configuration (quarkus.tls.NAME.*) of our client certificate and the BRP's trust; none:
         * the JVM's trust, no client certificate. The prod profile refuses a BRP URL that is not https.
         */
        Optional<String> tlsConfigurationName();

        /** Haal Centraal's API key ({@code X-API-KEY}), where the BRP's gateway asks one. */
        Optional<String> apiKey();
    }

    interface Services {
        String pipUrl();

        String examUrl();

        String deadlineUrl();

        /**
         * Where the gateway's bearer token for our services (roles duo and duo-gateway) comes from: {@code oidc}, the
         * identity provider by OAuth2 client credentials (quarkus-oidc-client, {@code quarkus.oidc-client.*}), renewed
         * before it expires and whenever a service answers 401; {@code static}, {@link #token()} as it is (local runs
         * and tests with a development token; the prod profile refuses it).
         */
        String tokenSource();

        /** The static token ({@code token-source=static}). */
        Optional<String> token();
    }

    interface Work {
        /** How often the worker looks for due work. */
        Duration interval();

        /**
         * How long a transient failure (DUO's 503 or another 5xx, no answer, a token being renewed, the BRP not knowing
         * the person yet) is retried before the task is DEAD for an operator; from its queueing or its replay.
         */
        Duration retryWindow();

        /** The wait after the first failure; doubled after each further one, up to {@link #maxBackoff()}. */
        Duration firstBackoff();

        Duration maxBackoff();

        /** How long a claimed task is its worker's; renewed while it runs, so only a dead worker loses it. */
        Duration lease();

        /** A task whose worker died (lease ran out) this many times is DEAD at the next claim: it may be the cause. */
        int maxLeaseExpiries();

        /** DONE and DISCARDED tasks are deleted this long after they finished. */
        Duration keepFinished();

        /** A DEAD notification is discarded, its sealed BSN erased, this long after DUO sent it. */
        Duration keepDeadNotifications();
    }

    Report report();

    interface Report {
        /**
         * Events from before this instant are not reported to DUO (the municipality reported those before the gateway,
         * by hand in DUO's portal); their facts still update what later PUTs carry. None: everything is reported.
         */
        Optional<java.time.Instant> cutOver();
    }
}
