package nl.inburgering.duogateway.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import nl.inburgering.localstack.DevTokens;
import org.junit.jupiter.api.Test;

/** Issue 13 item 5: production never runs on the development setup (service-kit DevKeyGuard). */
class GatewaySecretsTest {

    @Test
    void prodRefusesDuoWithoutMutualTls_andADevelopmentTokenForOurServices() {
        assertThatThrownBy(() -> GatewaySecrets.check(true, "dev", Optional.empty()))
                .hasMessageContaining("without mutual TLS");
        assertThatThrownBy(() -> GatewaySecrets.check(true, "mtls", Optional.of(DevTokens.duoGateway(Duration.ofHours(1)))))
                .hasMessageContaining("token for our services");
        assertThatThrownBy(() -> GatewaySecrets.check(false, "basic", Optional.empty()))
                .hasMessageContaining("mtls or dev");
        assertThatCode(() -> GatewaySecrets.check(true, "mtls", Optional.empty())).doesNotThrowAnyException();
        assertThatCode(() -> GatewaySecrets.check(false, "dev", Optional.of(DevTokens.duoGateway(Duration.ofHours(1)))))
                .doesNotThrowAnyException();
    }
}
