package nl.inburgering.duogateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import nl.inburgering.duostub.DuoStubProcess;

/**
 * What the gateway talks to in its tests: the real DUO stub (forked; it validates every exchange against DUO's
 * documents) and, for our services, {@link OurServicesFake} on a port chosen here (each test class starts it: the
 * fake's state lives in the test's class loader). The gateway's own token comes from the fake's token endpoint.
 */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String STUB_URL = "duogatewaytest.stub-url";
    public static final String FAKE_PORT = "duogatewaytest.fake-port";

    private DuoStubProcess stub;

    @Override
    public Map<String, String> start() {
        stub = DuoStubProcess.start(0, "http://127.0.0.1:1", Path.of("target/duo-stub.log"));
        int fake = freePort();
        System.setProperty(STUB_URL, stub.url());
        System.setProperty(FAKE_PORT, String.valueOf(fake));
        String services = "http://127.0.0.1:" + fake;
        // The token for our services comes as in production: client credentials at an identity provider (the
        // fake's token endpoint), renewed before it expires and on a 401.
        return Map.ofEntries(Map.entry("duo-gateway.duo.url", stub.url()),
                Map.entry("duo-gateway.brp.url", stub.url() + "/brp"),
                Map.entry("duo-gateway.services.pip-url", services),
                Map.entry("duo-gateway.services.exam-url", services),
                Map.entry("duo-gateway.services.deadline-url", services),
                Map.entry("duo-gateway.services.token-source", "oidc"),
                Map.entry("quarkus.oidc-client.client-enabled", "true"),
                Map.entry("quarkus.oidc-client.auth-server-url", services + "/oidc"),
                Map.entry("quarkus.oidc-client.discovery-enabled", "false"),
                Map.entry("quarkus.oidc-client.token-path", "/token"),
                Map.entry("quarkus.oidc-client.client-id", "duo-gateway"),
                Map.entry("quarkus.oidc-client.credentials.secret", "test-only-secret"),
                Map.entry("quarkus.oidc-client.refresh-token-time-skew", "1S"));
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.close();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
