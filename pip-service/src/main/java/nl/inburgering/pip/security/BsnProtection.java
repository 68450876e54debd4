package nl.inburgering.pip.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

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
    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec hmacKey;
    private final SecretKeySpec encryptionKey;

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
        this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
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

    /** The BSN encrypted: nonce (12 bytes), then ciphertext and tag; a new nonce every call. */
    public byte[] encrypt(String bsn) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(bsn.getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The BSN that {@link #encrypt} sealed.
     *
     * @throws IllegalStateException when the bytes were changed or sealed under another key (GCM's tag does not
     *         match); the message names no value
     */
    public String decrypt(byte[] encrypted) {
        if (encrypted == null || encrypted.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("an encrypted BSN is too short to be one");
        }
        try {
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, encrypted, 0, NONCE_BYTES));
            return new String(cipher.doFinal(encrypted, NONCE_BYTES, encrypted.length - NONCE_BYTES),
                    StandardCharsets.US_ASCII);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("an encrypted BSN does not decrypt: changed, or sealed under another "
                    + "pip.bsn.encryption-key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
