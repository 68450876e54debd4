package nl.inburgering.duogateway.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
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
import java.util.Map;
import java.util.UUID;
import nl.inburgering.duogateway.config.GatewayConfig;
import nl.inburgering.kit.audit.AuditLog;

/**
 * Requests to DUO's APIs (rules §10): the headers DUO requires ({@code bron} = our OIN, {@code doel} = DUO's,
 * {@code berichtId} new for every request), JSON, and every exchange audited (issue 13 item 5) by operation and
 * status, never by URL: DUO's paths hold the BSN (DUO's design, between the gateway and DUO only), so this client is
 * not traced and logs nothing. With {@code duo-gateway.duo.authentication=mtls} it presents our PKIoverheid
 * certificate and trusts DUO's through the Quarkus TLS configuration named in {@code tls-configuration-name}.
 */
@ApplicationScoped
public class DuoClient {

    /** One of DUO's operations: its API, method and path template (the template is what audit records name). */
    public record Operation(String api, HttpMethod method, String template) {
        String path(String bsn) {
            return template.replace("{bsn}", bsn);
        }

        String describe() {
            return method.name() + " " + api + " " + template;
        }
    }

    public static final Operation INBURGERINGSPLICHT = new Operation("Inburgeringsplicht", HttpMethod.GET,
            "/personen/{bsn}/inburgeringsplicht");
    public static final Operation DOELGROEP = new Operation("Inburgeringsplicht", HttpMethod.GET,
            "/personen/{bsn}/doelgroep");
    public static final Operation EXAMENRESULTATEN = new Operation("Examen", HttpMethod.GET,
            "/personen/{bsn}/examens/resultaten");
    public static final Operation INBURGERINGSTERMIJN = new Operation("Inburgeringstermijn", HttpMethod.GET,
            "/personen/{bsn}/inburgeringstermijn");
    public static final Operation INBURGERINGSTERMIJN_HISTORIE = new Operation("Inburgeringstermijn", HttpMethod.GET,
            "/personen/{bsn}/inburgeringstermijn/historie");
    public static final Operation VRIJSTELLINGEN = new Operation("Vrijstelling", HttpMethod.GET,
            "/personen/{bsn}/vrijstellingen");
    public static final Operation ONTHEFFINGEN = new Operation("Ontheffing", HttpMethod.GET,
            "/personen/{bsn}/ontheffingen");
    public static final Operation PIP_GET = new Operation("PIP", HttpMethod.GET, "/personen/{bsn}/PIP");
    public static final Operation PIP_REGISTER = new Operation("PIP", HttpMethod.POST, "/personen/{bsn}/PIP");
    public static final Operation PIP_DELETE = new Operation("PIP", HttpMethod.DELETE, "/personen/{bsn}/PIP");
    public static final Operation MAP = new Operation("MAP-PVT-Zroute", HttpMethod.PUT, "/personen/{bsn}/map");
    public static final Operation PVT = new Operation("MAP-PVT-Zroute", HttpMethod.PUT, "/personen/{bsn}/pvt");
    public static final Operation ZROUTE = new Operation("MAP-PVT-Zroute", HttpMethod.PUT, "/personen/{bsn}/zroute");

    /** GevolgdeUren API: PUT {@code /personen/{bsn}/uren/<resource>} of each kind. */
    public static Operation uren(nl.inburgering.contracts.vocabulary.FollowedHoursKind kind) {
        return new Operation("GevolgdeUren", HttpMethod.PUT, "/personen/{bsn}/uren/" + kind.duoResource());
    }

    static final String AUDIT_ACTION = "duo.exchange";
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(DuoClient.class);

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    @Inject
    TlsConfigurationRegistry tls;

    @Inject
    AuditLog audit;

    private JsonHttp http;

    @PostConstruct
    void init() {
        // Never traced: a span would carry the URL, and DUO's URLs hold the BSN.
        HttpClientOptions options = new HttpClientOptions().setTracingPolicy(TracingPolicy.IGNORE)
                .setConnectTimeout(5000);
        if ("mtls".equals(config.duo().authentication())) {
            if (!config.duo().url().startsWith("https://")) {
                // The client certificate goes only over TLS: an http:// URL would send DUO's BSN paths in clear.
                throw new IllegalStateException("duo-gateway.duo.authentication=mtls needs an https:// DUO_URL");
            }
            TlsConfiguration ours = tls.get(config.duo().tlsConfigurationName()).orElseThrow(() ->
                    new IllegalStateException("duo-gateway.duo.authentication=mtls needs the TLS configuration quarkus.tls."
                            + config.duo().tlsConfigurationName() + ".* (our certificate and DUO's trust)"));
            options.setSsl(true).setKeyCertOptions(ours.getKeyStoreOptions()).setTrustOptions(ours.getTrustStoreOptions());
        }
        http = new JsonHttp(vertx.createHttpClient(options), Duration.ofSeconds(30), JsonHttp.MAX_BODY);
    }

    void stop(@Observes ShutdownEvent event) {
        http.close();
    }

    /**
     * One exchange with DUO about {@code bsn}; the BSN goes into DUO's path and nowhere else. Audited against
     * {@code objectType}/{@code objectId} (a participant or a notification) whatever the answer.
     */
    public Uni<JsonHttp.Answer> call(Operation operation, String bsn, String body, String objectType, Object objectId) {
        Map<String, String> headers = Map.of("bron", config.municipality().oin(), "doel", config.duo().oin(),
                "berichtId", UUID.randomUUID().toString());
        return http.send(operation.method(), config.duo().url() + operation.path(bsn), headers, body)
                .onItemOrFailure().call((answer, e) -> audit(audit, AUDIT_ACTION, objectType, objectId,
                        answer != null && answer.ok() ? AuditLog.SUCCESS : "FAILED", operation.describe() + " -> "
                                + (answer != null ? answer.status() : "no answer (" + e.getClass().getSimpleName() + ")")));
    }

    /**
     * The audit record of an exchange that happened: a failed write is logged and never fails the exchange, which
     * would be taken for "no answer" and sent again (a PIP twice).
     */
    static Uni<Void> audit(AuditLog audit, String action, String objectType, Object objectId, String result,
            String reason) {
        return audit.recordOnOwnConnection(action, objectType, objectId, result, reason)
                .onFailure().invoke(e -> LOG.warnf("could not audit %s %s: %s", action, result,
                        e.getClass().getSimpleName()))
                .onFailure().recoverWithNull();
    }
}
