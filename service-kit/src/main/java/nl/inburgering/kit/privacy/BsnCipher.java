package nl.inburgering.kit.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A BSN sealed at rest (DESIGN §1, §6; AVG art. 32): AES-256-GCM with a random 96-bit nonce per encryption, stored in
 * front of the ciphertext, so a changed ciphertext is refused rather than decrypted into a wrong BSN. pip-service keeps
 * every participant's BSN this way (its {@code BsnProtection} adds the searchable HMAC); duo-gateway keeps the BSN of
 * a DUO notification this way until the notification is processed (issue 13). Plain Java, no CDI: a Flyway migration
 * uses it too. Thread-safe: each call takes its own {@link Cipher}.
 */
public final class BsnCipher {

    /** AES-256. */
    public static final int KEY_BYTES = 32;
    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyName;

    /**
     * @param key     exactly {@value #KEY_BYTES} bytes
     * @param keyName the setting the key comes from, named in errors (never the key)
     */
    public BsnCipher(byte[] key, String keyName) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the BSN encryption key must be " + KEY_BYTES + " bytes (AES-256)");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.keyName = keyName;
    }

    /**
     * A keyed fingerprint of the BSN (HMAC-SHA256 under a subkey of this key, so the AES key itself signs nothing):
     * equal for equal BSNs, useless without the key. For grouping by person without keeping the BSN (duo-gateway
     * orders one person's notifications by it).
     */
    public byte[] fingerprint(String bsn) {
        try {
            javax.crypto.Mac derive = javax.crypto.Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] subkey = derive.doFinal("bsn-fingerprint".getBytes(StandardCharsets.UTF_8));
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(subkey, "HmacSHA256"));
            return mac.doFinal(bsn.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The BSN encrypted: nonce (12 bytes), then ciphertext and tag; a new nonce every call. */
    public byte[] encrypt(String bsn) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
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
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, encrypted, 0, NONCE_BYTES));
            return new String(cipher.doFinal(encrypted, NONCE_BYTES, encrypted.length - NONCE_BYTES),
                    StandardCharsets.US_ASCII);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("an encrypted BSN does not decrypt: changed, or sealed under another "
                    + keyName);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
