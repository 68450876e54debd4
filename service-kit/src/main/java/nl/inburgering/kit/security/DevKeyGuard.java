package nl.inburgering.kit.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import nl.inburgering.kit.runtime.ProductionProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The development key pair is public (it is in the repository): anyone can mint tokens for it. So the
 * prod profile refuses to start when the token verification key or issuer is the development one.
 */
@jakarta.enterprise.context.ApplicationScoped
public class DevKeyGuard {

    static final String DEV_KEY_MARKER = "DEV-ONLY";

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    String publicKeyLocation;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    void onStart(@Observes StartupEvent event) {
        check(ProductionProfile.active(), publicKeyLocation, issuer);
    }

    static void check(boolean production, String keyLocation, String issuer) {
        if (!production) {
            return;
        }
        if ((keyLocation != null && keyLocation.contains(DEV_KEY_MARKER))
                || (issuer != null && issuer.contains("dev-only"))) {
            throw new IllegalStateException("Refusing to start: the prod profile is configured with the development "
                    + "JWT key or issuer. Set JWT_PUBLIC_KEY_LOCATION and JWT_ISSUER to your identity provider's, "
                    + "or run with -Dquarkus.profile=local for a local run.");
        }
    }
}
