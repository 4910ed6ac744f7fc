package io.switchboard.agents.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs RS256 JWTs in the shape MicroProfile JWT expects: {@code iss}, {@code sub}, {@code upn},
 * {@code groups} (the roles), {@code iat}, {@code exp}, {@code jti}, and {@code aud} when one is configured.
 */
@ApplicationScoped
public class TokenIssuer {

    /** Subject of the service tokens the orchestrator presents to agents. */
    public static final String SERVICE_SUBJECT = "switchboard-orchestrator";

    @Inject
    SigningKeys keys;

    @Inject
    @ConfigProperty(name = "switchboard.jwt.issuer", defaultValue = "switchboard")
    String issuer;

    @Inject
    @ConfigProperty(name = "switchboard.jwt.lifetime", defaultValue = "PT1H")
    Duration lifetime;

    @Inject
    @ConfigProperty(name = "switchboard.jwt.service-lifetime", defaultValue = "PT2M")
    Duration serviceLifetime;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<List<String>> audiences;

    Clock clock = Clock.systemUTC();

    private volatile CachedToken serviceToken;

    /** A user token with the configured lifetime. */
    public IssuedToken issueUserToken(String username, Set<String> roles) {
        return issue(username, roles, lifetime);
    }

    /**
     * A short-lived token with the {@code agent} role, for agent-to-agent calls. One token is shared until a
     * quarter of its lifetime is left, so calls do not pay for an RSA signature each.
     */
    public IssuedToken issueServiceToken() {
        CachedToken current = serviceToken;
        long now = clock.millis();
        if (current == null || now >= current.renewAtMillis()) {
            IssuedToken fresh = issue(SERVICE_SUBJECT, Set.of(io.switchboard.api.user.Roles.AGENT), serviceLifetime);
            current = new CachedToken(fresh, now + serviceLifetime.toMillis() * 3 / 4);
            serviceToken = current;
        }
        return current.token();
    }

    private record CachedToken(IssuedToken token, long renewAtMillis) {
    }

    IssuedToken issue(String subject, Set<String> groups, Duration validity) {
        return sign(keys.privateKey(), keys.keyId(), subject, groups, validity);
    }

    IssuedToken sign(PrivateKey key, String keyId, String subject, Set<String> groups, Duration validity) {
        long now = clock.millis();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.copyOf(new TreeSet<>(groups)));
        audiences.filter(a -> !a.isEmpty()).ifPresent(claims::setAudience);
        claims.setIssuedAt(NumericDate.fromMilliseconds(now));
        claims.setExpirationTime(NumericDate.fromMilliseconds(now + validity.toMillis()));
        claims.setGeneratedJwtId();

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setKeyIdHeaderValue(keyId);
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return new IssuedToken(jws.getCompactSerialization(), validity.toSeconds());
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a JWT: " + e.getMessage(), e);
        }
    }
}
