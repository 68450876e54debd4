package nl.inburgering.kit.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import nl.inburgering.kit.runtime.ProductionProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The development key pair is public (it is in the repository): anyone can mint tokens for it. So the
 * prod profile refuses to start when the token verification key or issuer is the development one.
 *
 * <p>Every development secret carries {@value #DEV_KEY_MARKER} (in any case): the JWT key's file name, the issuer,
 * a service's own keys (pip-service's BSN keys decode to text that starts with it). A service refuses its own with
 * {@link #isDevelopment(String)} and {@link #refuseInProduction}, so all refuse alike.
 */
@jakarta.enterprise.context.ApplicationScoped
public class DevKeyGuard {

    public static final String DEV_KEY_MARKER = "DEV-ONLY";

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    String publicKeyLocation;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    void onStart(@Observes StartupEvent event) {
        check(ProductionProfile.active(), publicKeyLocation, issuer);
    }

    static void check(boolean production, String keyLocation, String issuer) {
        refuseInProduction(production, isDevelopment(keyLocation) || isDevelopment(issuer), "JWT key or issuer",
                "Set JWT_PUBLIC_KEY_LOCATION and JWT_ISSUER to your identity provider's");
    }

    /** Whether {@code value} (a key, a key's location, an issuer) is a development one: it carries the marker. */
    public static boolean isDevelopment(String value) {
        return value != null && value.toUpperCase(Locale.ROOT).contains(DEV_KEY_MARKER);
    }

    /**
     * Stops a production start that uses a development secret.
     *
     * @param what   what is refused, e.g. {@code "JWT key or issuer"} (never the value itself: it may be a key)
     * @param remedy what the operator sets instead
     */
    public static void refuseInProduction(boolean production, boolean development, String what, String remedy) {
        if (production && development) {
            throw new IllegalStateException("Refusing to start: the prod profile is configured with the development "
                    + what + ". " + remedy + ", or run with -Dquarkus.profile=local for a local run.");
        }
    }
}
