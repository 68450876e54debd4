package nl.inburgering.duogateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.KeyStore;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.inburgering.duogateway.support.DevCertificates;
import nl.inburgering.duogateway.support.GatewayTestResource;
import nl.inburgering.localstack.LocalStackResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 5, inbound: with {@code duo-gateway.duo.authentication=mtls} (Digikoppeling) DUO's notification is
 * accepted only over mutual TLS from a certificate whose subject serialNumber is DUO's OIN and equals {@code bron}:
 * DUO's certificate gets 201, no certificate or an untrusted one 401, another trusted organisation's 403. Certificates are made at test time (keytool) as stand-ins for PKIoverheid's.
 */
@QuarkusTest
@TestProfile(MutualTlsTest.Mtls.class)
@QuarkusTestResource(LocalStackResource.class)
@QuarkusTestResource(GatewayTestResource.class)
class MutualTlsTest {

    public static class Mtls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            DevCertificates.make();
            String p = DevCertificates.PASSWORD;
            return Map.ofEntries(
                    Map.entry("duo-gateway.duo.authentication", "mtls"),
                    // mtls refuses a plain-HTTP DUO (review #14); not called here (SS106 changes nothing)
                    Map.entry("duo-gateway.duo.url", "https://127.0.0.1:9/v1"),
                    Map.entry("quarkus.http.ssl.certificate.key-store-file", DevCertificates.store("gateway.p12").toString()),
                    Map.entry("quarkus.http.ssl.certificate.key-store-password", p),
                    Map.entry("quarkus.http.ssl.certificate.trust-store-file", DevCertificates.store("duo-trust.p12").toString()),
                    Map.entry("quarkus.http.ssl.certificate.trust-store-password", p),
                    Map.entry("quarkus.http.ssl.client-auth", "request"),
                    Map.entry("quarkus.http.test-ssl-port", "0"),
                    // our client certificate towards DUO (the same dev stores; not exercised here: the stub is HTTP)
                    Map.entry("quarkus.tls.duo.key-store.p12.path", DevCertificates.store("gateway.p12").toString()),
                    Map.entry("quarkus.tls.duo.key-store.p12.password", p),
                    Map.entry("quarkus.tls.duo.trust-store.p12.path", DevCertificates.store("client-trust.p12").toString()),
                    Map.entry("quarkus.tls.duo.trust-store.p12.password", p));
        }
    }

    static final String BODY = "{\"registratieDatumTijd\":\"2026-01-21T09:30:00Z\",\"gebeurtenisId\":\"SS106\","
            + "\"bsn\":\"999990019\"}";

    static SSLContext tls(String clientStore) throws Exception {
        KeyManagerFactory keys = null;
        if (clientStore != null) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(DevCertificates.store(clientStore))) {
                ks.load(in, DevCertificates.PASSWORD.toCharArray());
            }
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(ks, DevCertificates.PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(DevCertificates.store("client-trust.p12"))) {
            trust.load(in, DevCertificates.PASSWORD.toCharArray());
        }
        TrustManagerFactory trusts = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trusts.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys == null ? null : keys.getKeyManagers(), trusts.getTrustManagers(), null);
        return context;
    }

    static int notify(String clientStore, String bron) throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-ssl-port", Integer.class);
        HttpClient client = HttpClient.newBuilder().sslContext(tls(clientStore)).build();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port
                        + "/duo/v1/notificaties")).header("Content-Type", "application/json").header("bron", bron)
                .header("doel", "00000099000000000363").header("berichtId", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("API-Version")).contains("1.8.0");
        return answer.statusCode();
    }

    @Test
    void duosCertificateWithItsOinIsAccepted_noCertificateIs401_anotherOrganisationsIs403() throws Exception {
        assertThat(notify("duo.p12", "00000099000000000001")).isEqualTo(201);
        assertThat(notify(null, "00000099000000000001")).isEqualTo(401);
        assertThat(notify("stranger.p12", "00000099000000000999")).as("trusted, but not DUO").isEqualTo(403);
        assertThat(notify("stranger.p12", "00000099000000000001")).as("bron not its own OIN").isEqualTo(403);
    }

    @Test
    void anUntrustedCertificateIdentifiesNobody_401() throws Exception {
        // The gateway's own key pair: not in the trust store of DUO's chain. Client authentication is "request", so
        // the handshake goes on, but no verified certificate reaches the endpoint.
        assertThat(notify("gateway.p12", "00000099000000000001")).isEqualTo(401);
    }
}
