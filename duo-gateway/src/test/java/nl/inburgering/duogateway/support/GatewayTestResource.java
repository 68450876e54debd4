package nl.inburgering.duogateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nl.inburgering.duostub.DuoStubProcess;
import nl.inburgering.localstack.DevTokens;

/**
 * What the gateway talks to in its tests: the real DUO stub (forked; it validates every exchange against DUO's
 * documents) and, for our services, {@link OurServicesFake} on a port chosen here (each test class starts it: the
 * fake's state lives in the test's class loader). The gateway's own token is a development one.
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
        return Map.of("duo-gateway.duo.url", stub.url(),
                "duo-gateway.brp.url", stub.url() + "/brp",
                "duo-gateway.services.pip-url", services,
                "duo-gateway.services.exam-url", services,
                "duo-gateway.services.deadline-url", services,
                "duo-gateway.services.token", DevTokens.duoGateway(Duration.ofHours(4)));
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
