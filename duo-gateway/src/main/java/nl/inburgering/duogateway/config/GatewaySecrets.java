package nl.inburgering.duogateway.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import nl.inburgering.kit.privacy.BsnCipher;
import nl.inburgering.kit.runtime.ProductionProfile;
import nl.inburgering.kit.security.DevKeyGuard;

/**
 * The gateway's secrets and what the prod profile refuses (service-kit {@link DevKeyGuard}): the development BSN key,
 * a development token for our services, and DUO's exchange without mutual TLS ({@code authentication=dev}).
 */
@ApplicationScoped
public class GatewaySecrets {

    @Produces
    @Singleton
    BsnCipher bsnCipher(GatewayConfig config) {
        byte[] key = decode(config.bsnEncryptionKey());
        DevKeyGuard.refuseInProduction(ProductionProfile.active(),
                DevKeyGuard.isDevelopment(new String(key, StandardCharsets.ISO_8859_1)), "duo-gateway BSN key",
                "Set DUO_GATEWAY_BSN_KEY to a key of your own (openssl rand -base64 32)");
        return new BsnCipher(key, "duo-gateway.bsn-encryption-key");
    }

    void onStart(@Observes StartupEvent event, GatewayConfig config, BsnCipher cipher) {
        check(ProductionProfile.active(), config.duo().authentication(), config.services().tokenSource(),
                config.services().token(), config.duo().url(), config.brp().url(), config.report().cutOver().isPresent());
    }

    /** What the gateway refuses to start with (the prod profile refuses more: the development setup). */
    static void check(boolean production, String authentication, String tokenSource, Optional<String> token,
            String duoUrl, String brpUrl, boolean cutOver) {
        if (!authentication.equals("mtls") && !authentication.equals("dev")) {
            throw new IllegalStateException("duo-gateway.duo.authentication must be mtls or dev");
        }
        if (!tokenSource.equals("oidc") && !tokenSource.equals("static")) {
            throw new IllegalStateException("duo-gateway.services.token-source must be oidc or static");
        }
        if (authentication.equals("mtls") && !duoUrl.startsWith("https://")) {
            // mtls over http:// would send DUO's BSN-keyed paths in clear, without a certificate on either side.
            throw new IllegalStateException("duo-gateway.duo.authentication=mtls needs an https:// DUO_URL");
        }
        DevKeyGuard.refuseInProduction(production, !brpUrl.startsWith("https://"), "BRP over plain HTTP "
                + "(the BSN travels in its body)", "Set BRP_URL to the BRP's https:// address (and BRP_TLS_CONFIGURATION, "
                + "BRP_API_KEY where it asks them)");
        DevKeyGuard.refuseInProduction(production, tokenSource.equals("static"), "static token for our services",
                "Set DUO_GATEWAY_TOKEN_SOURCE=oidc and the identity provider (DUO_GATEWAY_OIDC_URL, _CLIENT_ID, _SECRET)");
        DevKeyGuard.refuseInProduction(production, !cutOver, "reports without a cut-over (every event in the topics' "
                + "history would go to DUO)", "Set DUO_GATEWAY_REPORT_CUT_OVER to the instant the gateway takes over");
        DevKeyGuard.refuseInProduction(production, authentication.equals("dev"), "exchange with DUO without mutual TLS "
                + "(duo-gateway.duo.authentication=dev)", "Set DUO_AUTHENTICATION=mtls and the TLS configuration "
                + "quarkus.tls.duo.* (PKIoverheid certificate, DUO's trust)");
        DevKeyGuard.refuseInProduction(production, token.map(GatewaySecrets::issuer).map(DevKeyGuard::isDevelopment)
                .orElse(false), "token for our services", "Set DUO_GATEWAY_TOKEN_SOURCE=oidc");
    }

    /** The {@code iss} of a JWT, read without verifying it (only to refuse a development token): null if unreadable. */
    static String issuer(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"iss\"\\s*:\\s*\"([^\"]*)\"").matcher(payload);
            return m.find() ? m.group(1) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("duo-gateway.bsn-encryption-key (DUO_GATEWAY_BSN_KEY) is not base64");
        }
    }
}
