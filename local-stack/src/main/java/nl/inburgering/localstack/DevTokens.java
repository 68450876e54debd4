package nl.inburgering.localstack;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Bearer tokens for local runs and tests, signed RS256 with the committed development key
 * ({@code dev-keys/DEV-ONLY-private-key.pem}; its public half is {@code service-kit/.../dev-keys/DEV-ONLY-public-key.pem}).
 * The key is public, so these tokens prove nothing: the prod profile refuses the {@link #ISSUER}.
 */
public final class DevTokens {

    public static final String ISSUER = "urn:nld:inburgering:dev-only-issuer";
    public static final String PRIVATE_KEY_RESOURCE = "/dev-keys/DEV-ONLY-private-key.pem";
    public static final Duration DEFAULT_TTL = Duration.ofHours(8);

    public static final String ROLE_MUNICIPALITY_OFFICER = "municipality-officer";
    public static final String ROLE_PARTICIPANT = "participant";
    public static final String ROLE_EXAM_PROVIDER = "exam-provider";
    public static final String ROLE_DUO = "duo";
    public static final String ROLE_OPERATOR = "operator";
    public static final String ROLE_MAP_PROVIDER = "map-provider";
    public static final String ROLE_PVT_PROVIDER = "pvt-provider";
    /** duo-gateway (issue 13): its token carries this role and {@link #ROLE_DUO}. */
    public static final String ROLE_DUO_GATEWAY = "duo-gateway";
    public static final List<String> ROLES = List.of(ROLE_MUNICIPALITY_OFFICER, ROLE_PARTICIPANT,
            ROLE_EXAM_PROVIDER, ROLE_DUO, ROLE_OPERATOR, ROLE_MAP_PROVIDER, ROLE_PVT_PROVIDER, ROLE_DUO_GATEWAY);

    private DevTokens() {
    }

    /**
     * A signed token with {@code iss}, {@code sub}, {@code upn} (= sub), {@code groups} = [role],
     * {@code municipality} (only if non-null), {@code iat}, {@code exp} and {@code jti}.
     * Any role string is accepted, so tests can also mint tokens the services must refuse.
     */
    public static String mint(String role, String municipality, String subject, Duration ttl) {
        Objects.requireNonNull(role, "role");
        return mint(List.of(role), municipality, subject, ttl);
    }

    /** As {@link #mint(String, String, String, Duration)}, with several roles in {@code groups}. */
    public static String mint(List<String> roles, String municipality, String subject, Duration ttl) {
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(ttl, "ttl");
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", roles);
        if (municipality != null) {
            claims.setClaim("municipality", municipality);
        }
        NumericDate now = NumericDate.now();
        claims.setIssuedAt(now);
        NumericDate exp = NumericDate.fromSeconds(now.getValue() + ttl.toSeconds());
        claims.setExpirationTime(exp);
        claims.setGeneratedJwtId();

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(Key.PRIVATE);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("signing the dev token failed", e);
        }
    }

    /** An officer of municipality {@code municipalityCode} (CBS code, e.g. GM0363); sub {@code officer-<code>}. */
    public static String officer(String municipalityCode) {
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        return mint(ROLE_MUNICIPALITY_OFFICER, municipalityCode, "officer-" + municipalityCode, DEFAULT_TTL);
    }

    /** The participant itself: sub = participantId. */
    public static String participant(UUID participantId) {
        return mint(ROLE_PARTICIPANT, null, participantId.toString(), DEFAULT_TTL);
    }

    public static String duo() {
        return mint(ROLE_DUO, null, "duo-dev", DEFAULT_TTL);
    }

    /**
     * duo-gateway's own token (issue 13): role {@code duo} to act as DUO on our services (register, move, results,
     * term, exemptions) and role {@code duo-gateway} for pip-service's BSN disclosure, which no other role reaches.
     */
    public static String duoGateway(Duration ttl) {
        return mint(List.of(ROLE_DUO, ROLE_DUO_GATEWAY), null, "duo-gateway", ttl);
    }

    public static String examProvider() {
        return mint(ROLE_EXAM_PROVIDER, null, "exam-provider-dev", DEFAULT_TTL);
    }

    /** A MAP provider a municipality contracts; sub = {@code providerId} (give it with --subject). */
    public static String mapProvider(String providerId) {
        Objects.requireNonNull(providerId, "providerId");
        return mint(ROLE_MAP_PROVIDER, null, providerId, DEFAULT_TTL);
    }

    /** A PVT provider a municipality contracts; sub = {@code providerId} (give it with --subject). */
    public static String pvtProvider(String providerId) {
        Objects.requireNonNull(providerId, "providerId");
        return mint(ROLE_PVT_PROVIDER, null, providerId, DEFAULT_TTL);
    }

    public static String operator() {
        return mint(ROLE_OPERATOR, null, "operator-dev", DEFAULT_TTL);
    }

    /** Loaded on first use only, so the class is cheap to touch. */
    private static final class Key {
        static final PrivateKey PRIVATE = load();

        private static PrivateKey load() {
            try (InputStream in = DevTokens.class.getResourceAsStream(PRIVATE_KEY_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(PRIVATE_KEY_RESOURCE + " not on the classpath");
                }
                String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "")
                        .replace("-----END PRIVATE KEY-----", "")
                        .replaceAll("\\s", "");
                return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the dev private key is not an RSA PKCS#8 key", e);
            }
        }
    }
}
