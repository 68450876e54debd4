package nl.inburgering.pip.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 5: the BSN keys come from configuration, and the prod profile refuses the public development keys
 * as the kit refuses the development JWT key (DevKeyGuard).
 */
class BsnKeysTest {

    static final String REAL_HMAC_KEY = "q8pWbq1yq3Yk0m2l5xVt8b7f2G9dJ4sR6uQeN1cHzAo=";
    static final String REAL_ENCRYPTION_KEY = "3vV1mH8cQk2pXr7tB9yLw0sNf5gJd6eUaZ4oKiC2qTs=";

    record Keys(String hmacKey, String encryptionKey) implements PipConfig.Bsn {
    }

    /** The default of {@code key} in application.properties: {@code ${ENV:default}}. */
    static String developmentDefault(String key) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BsnKeysTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        Matcher m = Pattern.compile("\\$\\{[A-Z_]+:(.+)}").matcher(properties.getProperty(key));
        assertThat(m.matches()).as(key + " has a development default").isTrue();
        return m.group(1);
    }

    @Test
    void theProdProfileRefusesTheDevelopmentKeysOfApplicationProperties() throws IOException {
        Keys development = new Keys(developmentDefault("pip.bsn.hmac-key"), developmentDefault("pip.bsn.encryption-key"));
        assertThatThrownBy(() -> BsnKeys.of(development, true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("development BSN keys").hasMessageContaining("BSN_HMAC_KEY");
        // Either one alone is refused too.
        assertThatThrownBy(() -> BsnKeys.of(new Keys(development.hmacKey(), REAL_ENCRYPTION_KEY), true))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BsnKeys.of(new Keys(REAL_HMAC_KEY, development.encryptionKey()), true))
                .isInstanceOf(IllegalStateException.class);
        // Local runs and tests use them.
        assertThatCode(() -> BsnKeys.of(development, false)).doesNotThrowAnyException();
    }

    @Test
    void theProdProfileStartsWithKeysOfItsOwn() {
        assertThatCode(() -> BsnKeys.of(new Keys(REAL_HMAC_KEY, REAL_ENCRYPTION_KEY), true)).doesNotThrowAnyException();
    }

    @Test
    void aKeyThatIsNotBase64IsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> BsnKeys.of(new Keys("not-base64-$ecret!", REAL_ENCRYPTION_KEY), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BSN_HMAC_KEY")
                .hasMessageNotContaining("$ecret").hasNoCause();
    }

    @Test
    void aShortKeyIsRefused() {
        String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> BsnKeys.of(new Keys(REAL_HMAC_KEY, sixteenBytes), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }
}
