package nl.inburgering.localstack;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevTokensTest {

    /** The committed public half, as the services' SmallRye JWT will read it. */
    private static final Path PUBLIC_KEY = Path.of("../service-kit/src/main/resources/dev-keys/DEV-ONLY-public-key.pem");

    @Test
    void officerTokenVerifiesWithTheCommittedPublicKeyAndCarriesTheClaims() throws Exception {
        JwtClaims claims = verify(DevTokens.officer("GM0363"));

        assertEquals(DevTokens.ISSUER, claims.getIssuer());
        assertEquals("officer-GM0363", claims.getSubject());
        assertEquals("officer-GM0363", claims.getClaimValueAsString("upn"));
        assertEquals(List.of("municipality-officer"), claims.getStringListClaimValue("groups"));
        assertEquals("GM0363", claims.getClaimValueAsString("municipality"));
        assertEquals(Duration.ofHours(8).toSeconds(),
                claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
        assertFalse(claims.getJwtId().isBlank());
    }

    @Test
    void participantAndOtherRoles() throws Exception {
        UUID id = UUID.randomUUID();
        JwtClaims participant = verify(DevTokens.participant(id));
        assertEquals(id.toString(), participant.getSubject());
        assertEquals(List.of("participant"), participant.getStringListClaimValue("groups"));
        assertFalse(participant.hasClaim("municipality"), "municipality only when given");

        assertEquals(List.of("duo"), verify(DevTokens.duo()).getStringListClaimValue("groups"));
        assertEquals(List.of("exam-provider"), verify(DevTokens.examProvider()).getStringListClaimValue("groups"));
        assertEquals(List.of("operator"), verify(DevTokens.operator()).getStringListClaimValue("groups"));
        assertNotEquals(verify(DevTokens.duo()).getJwtId(), verify(DevTokens.duo()).getJwtId());
    }

    @Test
    void mintHonoursTheTtlAndATamperedTokenFails() throws Exception {
        String token = DevTokens.mint("duo", null, "someone", Duration.ofMinutes(5));
        JwtClaims claims = verify(token);
        assertEquals(300, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());

        String[] parts = token.split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"duo\"", "\"operator\"").getBytes());
        assertThrows(InvalidJwtException.class, () -> verify(parts[0] + "." + forged + "." + parts[2]));
    }

    @Test
    void toolPrintsTokensAndRejectsBadArguments() throws Exception {
        JwtClaims claims = verify(DevTokenTool.token(new String[] {"--role", "municipality-officer", "--municipality", "GM0599", "--hours", "2"}));
        assertEquals("GM0599", claims.getClaimValueAsString("municipality"));
        assertEquals(7200, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());

        UUID id = UUID.randomUUID();
        assertEquals(id.toString(), verify(DevTokenTool.token(new String[] {"--role", "participant", "--participant", id.toString()})).getSubject());
        assertEquals("ops-1", verify(DevTokenTool.token(new String[] {"--role", "operator", "--subject", "ops-1"})).getSubject());

        for (String[] bad : List.of(new String[] {}, new String[] {"--role", "admin"},
                new String[] {"--role", "municipality-officer"}, new String[] {"--role", "participant"},
                new String[] {"--role", "participant", "--participant", "not-a-uuid"},
                new String[] {"--role", "duo", "--hours", "x"}, new String[] {"--role"}, new String[] {"--bogus", "1"})) {
            assertThrows(IllegalArgumentException.class, () -> DevTokenTool.token(bad), String.join(" ", bad));
        }
    }

    private static JwtClaims verify(String token) throws Exception {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setExpectedIssuer(DevTokens.ISSUER)
                .setRequireSubject()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireJwtId()
                .setVerificationKey(publicKey())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
        return consumer.processToClaims(token);
    }

    private static PublicKey publicKey() throws Exception {
        assertTrue(Files.exists(PUBLIC_KEY), "missing " + PUBLIC_KEY.toAbsolutePath());
        String base64 = Files.readString(PUBLIC_KEY).replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
