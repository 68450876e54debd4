package nl.inburgering.kit.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * NL API Design Rules that hold for every response of every service, so they sit on the HTTP layer
 * rather than in each resource: {@code API-Version} on every response (errors, health and 401s
 * included), the ADR security headers, a 404 for a trailing slash (never a redirect), and CORS
 * {@code *} on the OpenAPI document only.
 */
@ApplicationScoped
public class ApiConventionsFilter {

    static final String OPENAPI_PATH = "/v1/openapi";

    @ConfigProperty(name = "api.version")
    String apiVersion;

    void register(@Observes Filters filters) {
        // High priority: runs before routing and before authentication.
        filters.register(this::apply, 1000);
    }

    void apply(RoutingContext rc) {
        String path = rc.normalizedPath();
        rc.addHeadersEndHandler(v -> {
            var headers = rc.response().headers();
            headers.set("API-Version", apiVersion);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            if (!path.startsWith("/q/swagger-ui")) {
                headers.set("Content-Security-Policy", "frame-ancestors 'none'");
            }
            if (path.startsWith(OPENAPI_PATH)) {
                headers.set("Access-Control-Allow-Origin", "*");
                headers.set(HttpHeaders.CACHE_CONTROL, "no-cache");
            }
        });
        String raw = rc.request().path();
        if (raw != null && raw.length() > 1 && raw.endsWith("/") && raw.startsWith("/v1/")) {
            rc.response().setStatusCode(404)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .end("{\"type\":\"https://inburgering.nl/problems/not-found\",\"title\":\"Not found\","
                            + "\"status\":404,\"detail\":\"No resource exists at this address (no trailing slash).\","
                            + "\"instance\":\"" + escape(raw) + "\"}");
            return;
        }
        rc.next();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
