package nl.inburgering.duogateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.inburgering.duogateway.config.GatewayConfig;
import nl.inburgering.duogateway.domain.ExchangeFailed;
import nl.inburgering.duogateway.domain.rules.FailureKind;

/**
 * Our services as the gateway calls them: pip-service, exam-service and deadline-service's REST APIs, under the
 * gateway's own token (roles duo and duo-gateway). BSNs travel in bodies only (the search, the registration, the
 * disclosure): our URIs never hold one.
 */
@ApplicationScoped
public class OurServices {

    public enum Service { PIP, EXAM, DEADLINE }

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    ServiceToken token;

    private JsonHttp http;

    @PostConstruct
    void init() {
        http = new JsonHttp(vertx.createHttpClient(new HttpClientOptions().setTracingPolicy(TracingPolicy.PROPAGATE)
                .setConnectTimeout(5000)), Duration.ofSeconds(30), JsonHttp.MAX_BODY);
    }

    void stop(@Observes ShutdownEvent event) {
        http.close();
    }

    /**
     * A call; {@code idempotencyKey} (may be null) makes a retried command take effect once. A 401 drops the token and,
     * where a new one can be had, the call is made once more with it (safe: commands carry their key, the rest reads).
     */
    public Uni<JsonHttp.Answer> call(Service service, HttpMethod method, String path, Object body,
            String idempotencyKey) {
        return attempt(service, method, path, body, idempotencyKey).chain(first -> first.answer().status() == 401
                && token.refused(first.token()) ? attempt(service, method, path, body, idempotencyKey)
                        .map(Attempt::answer) : Uni.createFrom().item(first.answer()));
    }

    private record Attempt(Optional<String> token, JsonHttp.Answer answer) {
    }

    private Uni<Attempt> attempt(Service service, HttpMethod method, String path, Object body, String idempotencyKey) {
        return token.current().chain(bearer -> {
            Map<String, String> headers = new HashMap<>();
            bearer.ifPresent(t -> headers.put("Authorization", "Bearer " + t));
            if (idempotencyKey != null) {
                headers.put("Idempotency-Key", idempotencyKey);
            }
            String base = switch (service) {
                case PIP -> config.services().pipUrl();
                case EXAM -> config.services().examUrl();
                case DEADLINE -> config.services().deadlineUrl();
            };
            return http.send(method, base + path, headers, body == null ? null : write(body))
                    .map(answer -> new Attempt(bearer, answer));
        });
    }

    /** The participant with this BSN, if pip-service knows one ({@code POST /v1/participants/_search}). */
    public Uni<Optional<UUID>> participantWithBsn(String bsn) {
        return call(Service.PIP, HttpMethod.POST, "/v1/participants/_search", Map.of("bsn", bsn), null)
                .map(answer -> {
                    JsonNode items = ok(answer, "pip-service search by BSN").path("items");
                    return items.isEmpty() ? Optional.<UUID>empty()
                            : Optional.of(UUID.fromString(items.get(0).path("id").asText()));
                });
    }

    /** The participant's BSN from pip-service's disclosure to this gateway, for one request to DUO. */
    public Uni<String> bsnOf(UUID participantId, String purpose) {
        return call(Service.PIP, HttpMethod.POST, "/v1/participants/" + participantId + "/bsn-disclosures",
                Map.of("purpose", purpose), null)
                .map(answer -> ok(answer, "pip-service BSN disclosure").path("bsn").asText());
    }

    /** The body of a 2xx answer; otherwise the failure, permanent or not by {@link FailureKind#ofOurs}. */
    public JsonNode ok(JsonHttp.Answer answer, String what) {
        if (!answer.ok()) {
            throw failure(answer, what);
        }
        return read(answer.body());
    }

    public ExchangeFailed failure(JsonHttp.Answer answer, String what) {
        return new ExchangeFailed(FailureKind.ofOurs(answer.status()), what + " answered " + answer.status()
                + ruleOf(answer).map(r -> " (rule " + r + ")").orElse(""));
    }

    /** The rule a 409 names (DESIGN §4), if any. */
    public Optional<String> ruleOf(JsonHttp.Answer answer) {
        if (answer.status() != 409) {
            return Optional.empty();
        }
        JsonNode rule = read(answer.body()).path("rule");
        return rule.isTextual() ? Optional.of(rule.asText()) : Optional.empty();
    }

    public JsonNode read(String body) {
        try {
            return body == null || body.isEmpty() ? json.createObjectNode() : json.readTree(body);
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a request body", e);
        }
    }
}
