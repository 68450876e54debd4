package nl.inburgering.pip.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.inburgering.kit.privacy.BsnCipher;

/**
 * How pip-service keeps a BSN (issue 14 item 5; DESIGN §1, §6; AVG art. 32): never in clear text in its database.
 * <ul>
 *   <li>{@link #hmac}: HMAC-SHA256 under a secret key, the unique and searchable column. The same BSN always gives
 *   the same HMAC, so the unique constraint and a search by BSN work; without the key nobody can try the
 *   ~90 million valid BSNs against it (a plain hash they could), and a unique violation's DETAIL in PostgreSQL's
 *   log shows only the HMAC.</li>
 *   <li>{@link #encrypt} / {@link #decrypt}: AES-256-GCM with a random 96-bit nonce per encryption (stored in front of
 *   the ciphertext), so the roles that may see the BSN still get it, and a changed ciphertext is refused rather than
 *   decrypted into a wrong BSN.</li>
 * </ul>
 * Plain Java (the JDK's own primitives) and no CDI: the Flyway migration that converts the existing rows uses it too.
 * Thread-safe: {@link Mac} and {@link Cipher} are not, so each call takes its own.
 */
public final class BsnProtection {

    /** AES-256; an HMAC key as long as the hash at least (RFC 2104 §3). */
    public static final int KEY_BYTES = 32;
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec hmacKey;
    private final BsnCipher cipher;

    /**
     * @param hmacKey       at least {@value #KEY_BYTES} bytes
     * @param encryptionKey exactly {@value #KEY_BYTES} bytes (AES-256), not the HMAC key
     */
    public BsnProtection(byte[] hmacKey, byte[] encryptionKey) {
        if (hmacKey == null || hmacKey.length < KEY_BYTES) {
            throw new IllegalArgumentException("the BSN HMAC key must be at least " + KEY_BYTES + " bytes");
        }
        if (encryptionKey == null || encryptionKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("the BSN encryption key must be " + KEY_BYTES + " bytes (AES-256)");
        }
        // One key for both would tie the search column to the ciphertext; a copy-paste mistake, refused early.
        if (Arrays.equals(hmacKey, encryptionKey)) {
            throw new IllegalArgumentException("the BSN HMAC key and encryption key must differ");
        }
        this.hmacKey = new SecretKeySpec(hmacKey, HMAC);
        this.cipher = new BsnCipher(encryptionKey, "pip.bsn.encryption-key");
    }

    /** The BSN's keyed hash (32 bytes): equal for equal BSNs under one key. */
    public byte[] hmac(String bsn) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(hmacKey);
            return mac.doFinal(bsn.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The BSN encrypted: nonce (12 bytes), then ciphertext and tag; a new nonce every call (service-kit BsnCipher). */
    public byte[] encrypt(String bsn) {
        return cipher.encrypt(bsn);
    }

    /**
     * The BSN that {@link #encrypt} sealed.
     *
     * @throws IllegalStateException when the bytes were changed or sealed under another key; the message names no value
     */
    public String decrypt(byte[] encrypted) {
        return cipher.decrypt(encrypted);
    }
}
