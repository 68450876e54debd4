package nl.inburgering.exam.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Idempotency-Key scopes per caller: a key replays only its own caller's answer, so nobody can fetch someone
 * else's stored response by sending the same key and body. The actor is hashed to keep the scope short.
 */
final class Scopes {

    private Scopes() {
    }

    static String of(String command, String actor) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(actor.getBytes(StandardCharsets.UTF_8));
            return command + ":" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
