package nl.inburgering.kit.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** DESIGN §1, §6: a BSN sealed at rest, and a keyed fingerprint to group by person without it (issue 13 review #15). */
class BsnCipherTest {

    static BsnCipher cipher(String key32) {
        return new BsnCipher(key32.getBytes(StandardCharsets.US_ASCII), "test key");
    }

    @Test
    void aSealedBsnOpensToItself_andTwoSealsOfOneBsnDiffer() {
        BsnCipher c = cipher("0123456789abcdef0123456789abcdef");
        assertThat(c.decrypt(c.encrypt("999990019"))).isEqualTo("999990019");
        assertThat(c.encrypt("999990019")).isNotEqualTo(c.encrypt("999990019"));
    }

    @Test
    void theFingerprintIsEqualForOneBsn_differentForAnother_andUnderAnotherKey_andHoldsNoBsn() {
        BsnCipher c = cipher("0123456789abcdef0123456789abcdef");
        assertThat(c.fingerprint("999990019")).isEqualTo(c.fingerprint("999990019")).hasSize(32);
        assertThat(c.fingerprint("999990019")).isNotEqualTo(c.fingerprint("999990020"));
        assertThat(c.fingerprint("999990019"))
                .isNotEqualTo(cipher("fedcba9876543210fedcba9876543210").fingerprint("999990019"));
        assertThat(new String(c.fingerprint("999990019"), StandardCharsets.ISO_8859_1)).doesNotContain("999990019");
    }
}
