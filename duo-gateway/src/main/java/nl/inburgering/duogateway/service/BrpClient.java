package nl.inburgering.duogateway.service;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.inburgering.duogateway.config.GatewayConfig;
import nl.inburgering.duogateway.domain.ExchangeFailed;
import nl.inburgering.duogateway.domain.rules.FailureKind;
import nl.inburgering.kit.audit.AuditLog;

/**
 * The BRP (Basisregistratie Personen), through Haal Centraal "BRP Personen bevragen" v2
 * ({@code RaadpleegMetBurgerservicenummer}): what DUO's notification does not carry and a registration needs, the
 * name, the date of birth and the registration in the municipality (rules §2.1: DUO's kennisgeving follows the BRP
 * registration). The BSN goes in the body; the client is not traced.
 */
@ApplicationScoped
public class BrpClient {

    /** What a registration needs from the BRP. */
    public record BrpPerson(String name, LocalDate dateOfBirth, LocalDate registeredOn, String municipality) {
    }

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    AuditLog audit;

    @Inject
    io.quarkus.tls.TlsConfigurationRegistry tls;

    private JsonHttp http;

    @PostConstruct
    void init() {
        HttpClientOptions options = new HttpClientOptions().setTracingPolicy(TracingPolicy.IGNORE).setConnectTimeout(5000);
        config.brp().tlsConfigurationName().ifPresent(name -> {
            io.quarkus.tls.TlsConfiguration brp = tls.get(name).orElseThrow(() -> new IllegalStateException(
                    "duo-gateway.brp.tls-configuration-name names no TLS configuration quarkus.tls." + name + ".*"));
            options.setSsl(true).setKeyCertOptions(brp.getKeyStoreOptions()).setTrustOptions(brp.getTrustStoreOptions());
        });
        http = new JsonHttp(vertx.createHttpClient(options), Duration.ofSeconds(30), JsonHttp.MAX_BODY);
    }

    void stop(@Observes ShutdownEvent event) {
        http.close();
    }

    /** The person of {@code bsn}; the exchange is audited against {@code objectId} (the notification), never by BSN. */
    public Uni<Optional<BrpPerson>> person(String bsn, Object objectId) {
        Map<String, Object> query = Map.of("type", "RaadpleegMetBurgerservicenummer",
                "burgerservicenummer", List.of(bsn),
                "fields", List.of("naam.volledigeNaam", "geboorte.datum", "datumInschrijvingInGemeente",
                        "gemeenteVanInschrijving"));
        String body;
        try {
            body = json.writeValueAsString(query);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> headers = config.brp().apiKey().map(k -> Map.of("X-API-KEY", k)).orElse(Map.of());
        return http.send(HttpMethod.POST, config.brp().url() + "/personen", headers, body)
                .onItemOrFailure().call((answer, e) -> DuoClient.audit(audit, "brp.exchange", "notification", objectId,
                        answer != null && answer.ok() ? AuditLog.SUCCESS : "FAILED",
                        "POST BRP RaadpleegMetBurgerservicenummer -> " + (answer != null ? answer.status()
                                : "no answer (" + e.getClass().getSimpleName() + ")")))
                .map(answer -> {
            if (!answer.ok()) {
                throw new ExchangeFailed(FailureKind.RETRY, "the BRP answered " + answer.status());
            }
            try {
                JsonNode persons = json.readTree(answer.body()).path("personen");
                if (persons.isEmpty()) {
                    return Optional.<BrpPerson>empty();
                }
                JsonNode p = persons.get(0);
                return Optional.of(new BrpPerson(p.at("/naam/volledigeNaam").asText(null),
                        date(p.at("/geboorte/datum/datum")), date(p.at("/datumInschrijvingInGemeente/datum")),
                        p.at("/gemeenteVanInschrijving/code").asText(null)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new ExchangeFailed(FailureKind.RETRY, "the BRP answered no JSON");
            }
        });
    }

    private static LocalDate date(JsonNode node) {
        return node.isTextual() ? LocalDate.parse(node.asText()) : null;
    }
}
