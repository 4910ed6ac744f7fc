package io.switchboard.it;

import io.switchboard.testing.liberty.LibertyServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

/**
 * Tokens signed with a test server's own private key (from its data directory), for a made-up user holding one
 * role: what the server issues, without a user account or a sign-in per role.
 */
final class ServerTokens {

    private ServerTokens() {
    }

    static String forRole(LibertyServer server, String subject, String role) {
        return forRole(server, subject, role, null);
    }

    /** As above, for the given audiences (none when null). */
    static String forRole(LibertyServer server, String subject, String role, List<String> audiences) {
        try {
            Path keys = server.dataDir().resolve("keys");
            String pem = Files.readString(keys.resolve("jwt-private.pem")).replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(pem)));
            JwtClaims claims = new JwtClaims();
            claims.setIssuer("switchboard");
            claims.setSubject(subject);
            claims.setClaim("upn", subject);
            claims.setStringListClaim("groups", List.of(role));
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(30);
            claims.setGeneratedJwtId();
            if (audiences != null) {
                claims.setAudience(audiences);
            }
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign a token with the server's key: " + e.getMessage(), e);
        }
    }
}
