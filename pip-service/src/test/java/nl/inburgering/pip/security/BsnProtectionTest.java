package nl.inburgering.pip.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 5 (privacy; DESIGN §1, §6; AVG art. 32): the BSN is stored only as a keyed hash, which finds it, and
 * encrypted, which shows it to who may see it.
 */
class BsnProtectionTest {

    static final String BSN = "999990019";
    static final byte[] HMAC_KEY = bytes(1);
    static final byte[] ENCRYPTION_KEY = bytes(2);

    final BsnProtection protection = new BsnProtection(HMAC_KEY, ENCRYPTION_KEY);

    static byte[] bytes(int fill) {
        byte[] key = new byte[BsnProtection.KEY_BYTES];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void theSameBsnUnderTheSameKeyGivesTheSameHmac_soTheUniqueConstraintAndTheSearchWork() {
        assertThat(protection.hmac(BSN)).isEqualTo(new BsnProtection(HMAC_KEY, bytes(3)).hmac(BSN)).hasSize(32);
        assertThat(protection.hmac(BSN)).isNotEqualTo(protection.hmac("999990020"));
    }

    @Test
    void anotherHmacKeyGivesAnotherHmac_soNobodyWithoutTheKeyCanTryEveryBsn() {
        assertThat(new BsnProtection(bytes(9), ENCRYPTION_KEY).hmac(BSN)).isNotEqualTo(protection.hmac(BSN));
    }

    @Test
    void theHmacIsHmacSha256OfTheBsnsDigits_pinnedBecauseEveryStoredRowDependsOnIt() {
        byte[] developmentKey = Base64.getDecoder().decode("REVWLU9OTFkgcGlwIEJTTiBobWFjIGtleTogUFVCTElD");
        // Computed independently (Python hmac, sha256); a change here orphans every stored row.
        assertThat(HexFormat.of().formatHex(new BsnProtection(developmentKey, ENCRYPTION_KEY).hmac(BSN)))
                .isEqualTo("590dd04f50f785a0ff794787b5403bdadae3491ea3ddcf48802bd6949f33aad4");
    }

    @Test
    void anEncryptedBsnDecryptsToTheBsn() {
        assertThat(protection.decrypt(protection.encrypt(BSN))).isEqualTo(BSN);
    }

    @Test
    void everyEncryptionHasANonceOfItsOwn_soEqualBsnsDoNotLookEqual() {
        byte[] first = protection.encrypt(BSN);
        byte[] second = protection.encrypt(BSN);
        assertThat(first).isNotEqualTo(second);
        assertThat(Arrays.copyOf(first, 12)).isNotEqualTo(Arrays.copyOf(second, 12));
        assertThat(protection.decrypt(second)).isEqualTo(BSN);
    }

    @Test
    void theCiphertextHoldsNotTheBsnsDigits() {
        byte[] encrypted = protection.encrypt(BSN);
        assertThat(new String(encrypted, StandardCharsets.ISO_8859_1)).doesNotContain(BSN);
        assertThat(encrypted).hasSize(12 + BSN.length() + 16);
    }

    @Test
    void aChangedByteAnywhereIsRefused_notDecryptedIntoAnotherBsn() {
        byte[] encrypted = protection.encrypt(BSN);
        for (int i = 0; i < encrypted.length; i++) { // nonce, ciphertext and tag alike
            byte[] tampered = encrypted.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> protection.decrypt(tampered)).as("byte " + i)
                    .isInstanceOf(IllegalStateException.class).hasMessageNotContaining(BSN);
        }
        assertThatThrownBy(() -> protection.decrypt(Arrays.copyOf(encrypted, 20)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherEncryptionKeyCannotDecrypt() {
        byte[] encrypted = protection.encrypt(BSN);
        assertThatThrownBy(() -> new BsnProtection(HMAC_KEY, bytes(4)).decrypt(encrypted))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("pip.bsn.encryption-key");
    }

    @Test
    void keysMustBe32BytesAndDiffer() {
        assertThatThrownBy(() -> new BsnProtection(new byte[31], ENCRYPTION_KEY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HMAC key");
        assertThatThrownBy(() -> new BsnProtection(HMAC_KEY, new byte[16]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AES-256");
        assertThatThrownBy(() -> new BsnProtection(HMAC_KEY, HMAC_KEY.clone()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ");
    }
}
