package nl.inburgering.duogateway.service;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.inburgering.duogateway.config.GatewayConfig;

/**
 * The gateway's bearer token for our services (issue 13 review #7). {@code oidc}: OAuth2 client credentials at the
 * identity provider through quarkus-oidc-client, kept until it is about to expire
 * ({@code quarkus.oidc-client.refresh-token-time-skew}) and dropped when a service answers 401 with it, so an expired
 * or revoked token is renewed, never a reason to give up. {@code static}: the configured token as it is (local runs
 * and tests with a development token; the prod profile refuses it).
 */
@ApplicationScoped
public class ServiceToken {

    public static final String OIDC = "oidc";
    public static final String STATIC = "static";

    @Inject
    GatewayConfig config;

    @Inject
    Instance<OidcClient> oidc;

    private volatile Tokens tokens;

    /** The token to send now, if any. */
    public Uni<Optional<String>> current() {
        if (!OIDC.equals(config.services().tokenSource())) {
            return Uni.createFrom().item(config.services().token());
        }
        Tokens held = tokens;
        if (held != null && !held.isAccessTokenExpired() && !held.isAccessTokenWithinRefreshInterval()) {
            return Uni.createFrom().item(Optional.of(held.getAccessToken()));
        }
        // Client credentials: a new token rather than a refresh (the grant gives no refresh token).
        return oidc.get().getTokens().invoke(fresh -> tokens = fresh).map(fresh -> Optional.of(fresh.getAccessToken()));
    }

    /**
     * A service refused {@code used} (401): forget it, so the next call gets a new one.
     *
     * @return whether a new token can be had (oidc), so the call is worth repeating at once
     */
    public boolean refused(Optional<String> used) {
        if (!OIDC.equals(config.services().tokenSource())) {
            return false;
        }
        Tokens held = tokens;
        if (held != null && used.isPresent() && used.get().equals(held.getAccessToken())) {
            tokens = null;
        }
        return true;
    }
}
