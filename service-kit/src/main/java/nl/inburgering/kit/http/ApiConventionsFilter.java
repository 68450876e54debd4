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
    /**
     * Longer addresses get a 414 problem here. The HTTP layer answers a request line over
     * {@code quarkus.http.limits.max-initial-line-length} (1 MiB here) with an empty 414 before any filter runs:
     * Quarkus 3.33 offers no hook for that answer (Vert.x's invalidRequestHandler is not exposed,
     * quarkusio/quarkus#55082), so the kit sets that limit far above this one.
     */
    static final int MAX_URI_LENGTH = 4096;
    /** Longer declared bodies get a 413 problem here (the largest request, a session list of 200, is ~30 KiB). */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    private static boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer answers a malformed length itself
        }
    }

    static void problem(RoutingContext rc, int status, String type, String title, String detail,
            String instance) {
        if (status != 404) {
            // a body left unread (413, 415) or a request line cut short (414): do not reuse the connection
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end("{\"type\":\"https://inburgering.nl/problems/" + type + "\",\"title\":\"" + title
                        + "\",\"status\":" + status + ",\"detail\":\"" + escape(detail) + "\",\"instance\":\""
                        + escape(instance) + "\"}");
    }

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
            // A resource that serves another party's API (duo-gateway's DUO Notificatie API, version 1.8.0) sets
            // that API's version itself; every other response carries ours.
            if (!headers.contains("API-Version")) {
                headers.set("API-Version", apiVersion);
            }
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
        String uri = rc.request().uri();
        if (uri != null && uri.length() > MAX_URI_LENGTH) {
            // The HTTP layer refuses longer lines (quarkus.http.limits.max-initial-line-length) with an empty body.
            problem(rc, 414, "uri-too-long", "URI too long", "The address is longer than " + MAX_URI_LENGTH
                    + " characters.", "");
            return;
        }
        var method = rc.request().method().name();
        boolean writes = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean hasBody = rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || (length != null && !length.equals("0"));
        if (writes && hasBody && raw != null && raw.startsWith("/v1/")) {
            String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
            if (type == null) {
                problem(rc, 415, "unsupported-media-type", "Unsupported media type", "A request body needs "
                        + "Content-Type: application/json.", raw);
                return;
            }
            if (wideCharset(type)) {
                // the JSON reader ignores a declared charset and reads the bytes as UTF-8 (BodyLimit refuses UTF-16
                // bytes); a client that declares UTF-16 or UTF-32 means something else than what would be read
                problem(rc, 415, "unsupported-media-type", "Unsupported media type", "A request body is JSON in "
                        + "UTF-8; leave out the charset or declare charset=utf-8.", raw);
                return;
            }
            if (length != null && tooLong(length)) {
                problem(rc, 413, "payload-too-large", "Payload too large", "A request body is at most "
                        + MAX_BODY_BYTES / 1024 + " KiB.", raw);
                return;
            }
        }
        if (raw != null && raw.length() > 1 && raw.endsWith("/") && raw.startsWith("/v1/")) {
            problem(rc, 404, "not-found", "Not found", "No resource exists at this address (no trailing slash).", raw);
            return;
        }
        rc.next();
    }

    /**
     * A declared charset of UTF-16 or UTF-32. Others are left alone: an ASCII-compatible charset with ASCII bytes is
     * UTF-8 too (REST Assured declares ISO-8859-1 for any type it does not know), and other bytes fail as UTF-8 (400).
     */
    static boolean wideCharset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String p = parameter.trim().toLowerCase(java.util.Locale.ROOT);
            if (p.startsWith("charset=")) {
                String charset = p.substring("charset=".length()).replace("\"", "").trim();
                return charset.startsWith("utf-16") || charset.startsWith("utf-32") || charset.startsWith("ucs-");
            }
        }
        return false;
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
