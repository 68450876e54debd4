package nl.inburgering.systemtests.fuzz;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.inburgering.localstack.DevTokens;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** Tokens for each role, and the broken ones a service must refuse: expired, signed with a foreign key, alg=none. */
public final class Tokens {

    public static final String MUNICIPALITY = "GM0363";
    public static final String OTHER_MUNICIPALITY = "GM0518";

    private Tokens() {
    }

    /** A valid token of {@code role}: an officer of GM0363, the participant {@code self}, providers with a subject. */
    public static String of(String role, UUID self) {
        return switch (role) {
            case DevTokens.ROLE_MUNICIPALITY_OFFICER -> DevTokens.officer(MUNICIPALITY);
            case DevTokens.ROLE_PARTICIPANT -> DevTokens.participant(self);
            case DevTokens.ROLE_MAP_PROVIDER -> DevTokens.mapProvider("map-provider-fuzz");
            case DevTokens.ROLE_PVT_PROVIDER -> DevTokens.pvtProvider("pvt-provider-fuzz");
            default -> DevTokens.mint(role, null, role + "-fuzz", DevTokens.DEFAULT_TTL);
        };
    }

    /** The role's token as it would be, but an hour past its expiry (beyond any clock-skew allowance). */
    public static String expired(String role, UUID self) {
        return DevTokens.mint(role, role.equals(DevTokens.ROLE_MUNICIPALITY_OFFICER) ? MUNICIPALITY : null,
                subject(role, self), Duration.ofSeconds(-3600));
    }

    /** The role's claims, signed RS256 with a key the services do not know. */
    public static String foreignKey(String role, UUID self) {
        return sign(claims(role, self), ForeignKey.PAIR.getPrivate());
    }

    /** The role's claims with {@code alg: none} and no signature. */
    public static String algNone(String role, UUID self) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims(role, self).toJson().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static JwtClaims claims(String role, UUID self) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(DevTokens.ISSUER);
        String subject = subject(role, self);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.of(role));
        if (role.equals(DevTokens.ROLE_MUNICIPALITY_OFFICER)) {
            claims.setClaim("municipality", MUNICIPALITY);
        }
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(60);
        claims.setJwtId(UUID.randomUUID().toString());
        return claims;
    }

    private static String subject(String role, UUID self) {
        return role.equals(DevTokens.ROLE_PARTICIPANT) ? self.toString() : role + "-fuzz";
    }

    private static String sign(JwtClaims claims, java.security.PrivateKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class ForeignKey {
        static final java.security.KeyPair PAIR = generate();

        private static java.security.KeyPair generate() {
            try {
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(2048);
                return g.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
