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
    }

    interface Services {
        String pipUrl();

        String examUrl();

        String deadlineUrl();

        /**
         * The gateway's bearer token for our services (roles duo and duo-gateway), from the identity provider; a
         * development token in local runs and tests (the prod profile refuses one from the development issuer).
         */
        Optional<String> token();
    }

    interface Work {
        /** How often the worker looks for due work. */
        Duration interval();

        /** Attempts before a task is DEAD (operators replay it). */
        int maxAttempts();

        /** The wait after the first failure; doubled after each further one, up to {@link #maxBackoff()}. */
        Duration firstBackoff();

        Duration maxBackoff();
    }
}
