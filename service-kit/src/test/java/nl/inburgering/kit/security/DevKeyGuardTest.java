package nl.inburgering.kit.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** DESIGN §6 / foundation issue: the prod profile refuses to start with the public development key pair. */
class DevKeyGuardTest {

    @Test
    void prodProfileRefusesTheDevelopmentKey() {
        assertThatThrownBy(() -> DevKeyGuard.check(true, "dev-keys/DEV-ONLY-public-key.pem", "https://idp.example.nl"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("development JWT key");
    }

    @Test
    void prodProfileRefusesTheDevelopmentIssuer() {
        assertThatThrownBy(() -> DevKeyGuard.check(true, "file:/etc/keys/idp.pem", "urn:nld:inburgering:dev-only-issuer"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void prodProfileStartsWithARealKeyAndIssuer() {
        assertThatCode(() -> DevKeyGuard.check(true, "file:/etc/keys/idp.pem", "https://idp.example.nl"))
                .doesNotThrowAnyException();
    }

    @Test
    void localAndTestProfilesMayUseTheDevelopmentKey() {
        assertThatCode(() -> DevKeyGuard.check(false, "dev-keys/DEV-ONLY-public-key.pem",
                "urn:nld:inburgering:dev-only-issuer")).doesNotThrowAnyException();
    }

    @Test
    void aServiceRefusesItsOwnDevelopmentSecretTheSameWay() {
        assertThatThrownBy(() -> DevKeyGuard.refuseInProduction(true, DevKeyGuard.isDevelopment("dev-only bsn key"),
                "BSN keys", "Set BSN_HMAC_KEY")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("development BSN keys").hasMessageContaining("Set BSN_HMAC_KEY");
        assertThatCode(() -> DevKeyGuard.refuseInProduction(true, DevKeyGuard.isDevelopment("a real key"), "BSN keys",
                "Set BSN_HMAC_KEY")).doesNotThrowAnyException();
        assertThatCode(() -> DevKeyGuard.refuseInProduction(false, true, "BSN keys", "Set BSN_HMAC_KEY"))
                .doesNotThrowAnyException();
    }
}
