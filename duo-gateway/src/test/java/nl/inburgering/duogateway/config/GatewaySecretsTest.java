package nl.inburgering.duogateway.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import nl.inburgering.localstack.DevTokens;
import org.junit.jupiter.api.Test;

/** Issue 13 item 5 and its review (#7, #14): production never runs on the development setup, nor in clear. */
class GatewaySecretsTest {

    static final String DUO = "https://duo.example/v1";
    static final String BRP = "https://brp.example/haalcentraal/api/brp";

    @Test
    void prodRefusesDuoWithoutMutualTls_andADevelopmentTokenForOurServices() {
        assertThatThrownBy(() -> GatewaySecrets.check(true, "dev", "oidc", Optional.empty(), DUO, BRP, true))
                .hasMessageContaining("without mutual TLS");
        assertThatThrownBy(() -> GatewaySecrets.check(true, "mtls", "oidc",
                Optional.of(DevTokens.duoGateway(Duration.ofHours(1))), DUO, BRP, true))
                .hasMessageContaining("token for our services");
        assertThatThrownBy(() -> GatewaySecrets.check(false, "basic", "oidc", Optional.empty(), DUO, BRP, true))
                .hasMessageContaining("mtls or dev");
        assertThatCode(() -> GatewaySecrets.check(true, "mtls", "oidc", Optional.empty(), DUO, BRP, true))
                .doesNotThrowAnyException();
        assertThatCode(() -> GatewaySecrets.check(false, "dev", "static",
                Optional.of(DevTokens.duoGateway(Duration.ofHours(1))), "http://127.0.0.1:8090", "http://127.0.0.1:8090/brp",
                false)).doesNotThrowAnyException();
    }

    @Test
    void review14_mutualTlsOverPlainHttpIsRefusedEverywhere_andTheBrpOverPlainHttpInProd() {
        assertThatThrownBy(() -> GatewaySecrets.check(false, "mtls", "static", Optional.empty(),
                "http://duo.example/v1", BRP, true)).hasMessageContaining("https://");
        assertThatThrownBy(() -> GatewaySecrets.check(true, "mtls", "oidc", Optional.empty(), DUO,
                "http://brp.example/api", true)).hasMessageContaining("BRP over plain HTTP");
    }

    @Test
    void review7_prodRefusesAStaticTokenForOurServices_theTokenComesFromTheIdentityProvider() {
        assertThatThrownBy(() -> GatewaySecrets.check(true, "mtls", "static", Optional.of("eyJ.x.y"), DUO, BRP, true))
                .hasMessageContaining("static token");
        assertThatThrownBy(() -> GatewaySecrets.check(false, "dev", "vault", Optional.empty(), DUO, BRP, true))
                .hasMessageContaining("oidc or static");
    }

    @Test
    void review2_prodRefusesReportsWithoutACutOver() {
        assertThatThrownBy(() -> GatewaySecrets.check(true, "mtls", "oidc", Optional.empty(), DUO, BRP, false))
                .hasMessageContaining("cut-over");
    }
}
