package io.switchboard.agents.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens are RS256-signed with the platform key and carry the claims MicroProfile JWT needs. */
class TokenIssuerTest {

    @TempDir
    Path dir;

    private TokenIssuer issuer;
    private PublicKey publicKey;

    @BeforeEach
    void setUp() throws Exception {
        SigningKeys keys = new SigningKeys();
        keys.load(dir.resolve("private.pem"), dir.resolve("public.pem"));
        publicKey = PemFiles.readPublicKey(dir.resolve("public.pem"));
        issuer = new TokenIssuer();
        issuer.keys = keys;
        issuer.issuer = "switchboard-test";
        issuer.lifetime = Duration.ofMinutes(30);
        issuer.serviceLifetime = Duration.ofMinutes(2);
        issuer.audiences = Optional.empty();
    }

    @Test
    void userTokenCarriesSubjectGroupsAndLifetime() throws Exception {
        IssuedToken token = issuer.issueUserToken("alice", Set.of("viewer", "operator"));
        assertThat(token.expiresInSeconds()).isEqualTo(1800);

        JwtClaims claims = consumer("switchboard-test").processToClaims(token.token());
        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getClaimValueAsString("upn")).isEqualTo("alice");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("operator", "viewer");
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(1800);
        assertThat(claims.getJwtId()).isNotBlank();
        assertThat(claims.hasAudience()).isFalse();

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token.token());
        assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("RS256");
        assertThat(jws.getKeyIdHeaderValue()).isEqualTo(issuer.keys.keyId());
    }

    @Test
    void serviceTokenIsShortLivedWithTheAgentRole() throws Exception {
        JwtClaims claims = consumer("switchboard-test").processToClaims(issuer.issueServiceToken().token());
        assertThat(claims.getSubject()).isEqualTo(TokenIssuer.SERVICE_SUBJECT);
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("agent");
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(120);
    }

    @Test
    void serviceTokenIsReusedUntilThreeQuartersOfItsLifetime() {
        Instant start = Instant.now();
        issuer.clock = Clock.fixed(start, ZoneOffset.UTC);
        String first = issuer.issueServiceToken().token();
        issuer.clock = Clock.fixed(start.plusSeconds(89), ZoneOffset.UTC);
        assertThat(issuer.issueServiceToken().token()).isEqualTo(first);
        issuer.clock = Clock.fixed(start.plusSeconds(91), ZoneOffset.UTC);
        assertThat(issuer.issueServiceToken().token()).isNotEqualTo(first);
    }

    @Test
    void configuredAudienceIsSet() throws Exception {
        issuer.audiences = Optional.of(List.of("switchboard-api"));
        JwtClaims claims = new JwtConsumerBuilder().setVerificationKey(publicKey).setExpectedIssuer("switchboard-test")
                .setExpectedAudience("switchboard-api").build().processToClaims(issuer.issueUserToken("a", Set.of("admin")).token());
        assertThat(claims.getAudience()).containsExactly("switchboard-api");
    }

    @Test
    void expiredTokensAndOtherIssuersFailVerification() {
        issuer.clock = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        String expired = issuer.issueUserToken("bob", Set.of("admin")).token();
        assertThatThrownBy(() -> consumer("switchboard-test").processToClaims(expired))
                .isInstanceOf(InvalidJwtException.class).hasMessageContaining("no longer valid");

        issuer.clock = Clock.systemUTC();
        String fresh = issuer.issueUserToken("bob", Set.of("admin")).token();
        assertThatThrownBy(() -> consumer("someone-else").processToClaims(fresh))
                .isInstanceOf(InvalidJwtException.class);
    }

    private JwtConsumer consumer(String expectedIssuer) {
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setExpectedIssuer(expectedIssuer)
                .setVerificationKey(publicKey)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }
}
