package nl.inburgering.pip.config;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.inburgering.kit.runtime.ProductionProfile;
import nl.inburgering.kit.security.DevKeyGuard;
import nl.inburgering.pip.security.BsnProtection;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The BSN's keys from configuration ({@code pip.bsn.*}, env {@code BSN_HMAC_KEY}, {@code BSN_ENCRYPTION_KEY}), as
 * one {@link BsnProtection}. The development keys in application.properties are public (they decode to text that
 * starts with {@value DevKeyGuard#DEV_KEY_MARKER}), so the prod profile refuses them as the kit refuses the
 * development JWT key ({@link DevKeyGuard}).
 */
@ApplicationScoped
public class BsnKeys {

    @Produces
    @Singleton
    BsnProtection bsnProtection(PipConfig config) {
        return of(config.bsn(), ProductionProfile.active());
    }

    /** Resolving the bean checks the keys: a bad or development key stops the start, not the first request. */
    void onStart(@Observes StartupEvent event, BsnProtection protection) {
    }

    /** For the Flyway migration that converts existing rows: it runs before CDI serves beans. */
    public static BsnProtection fromConfig() {
        return of(ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(PipConfig.class).bsn(),
                ProductionProfile.active());
    }

    static BsnProtection of(PipConfig.Bsn keys, boolean production) {
        byte[] hmacKey = decode("pip.bsn.hmac-key (BSN_HMAC_KEY)", keys.hmacKey());
        byte[] encryptionKey = decode("pip.bsn.encryption-key (BSN_ENCRYPTION_KEY)", keys.encryptionKey());
        DevKeyGuard.refuseInProduction(production, isDevelopment(hmacKey) || isDevelopment(encryptionKey),
                "BSN keys", "Set BSN_HMAC_KEY and BSN_ENCRYPTION_KEY to keys of your own (each: openssl rand -base64 32)");
        return new BsnProtection(hmacKey, encryptionKey);
    }

    private static boolean isDevelopment(byte[] key) {
        return DevKeyGuard.isDevelopment(new String(key, StandardCharsets.ISO_8859_1));
    }

    private static byte[] decode(String name, String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            // Not the decoder's message: it quotes a character of the key.
            throw new IllegalArgumentException(name + " is not base64");
        }
    }
}
