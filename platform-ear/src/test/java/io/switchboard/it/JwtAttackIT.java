package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forged and broken bearer tokens against the real server: {@code alg: none} in any spelling, HS256 signed with
 * the public key, another RSA key, a tampered payload, expired, not yet valid, another issuer, no {@code groups}
 * — each is a 401 problem, while the same claims signed properly with the server's key are accepted.
 */
class JwtAttackIT {

    private static Api api;
    private static PrivateKey serverKey;
    private static byte[] publicKeyPem;

    @BeforeAll
    static void readKeys() throws Exception {
        api = SharedPlatform.api();
        Path keys = SharedPlatform.server().dataDir().resolve("keys");
        publicKeyPem = Files.readAllBytes(keys.resolve("jwt-public.pem"));
        serverKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(keys.resolve("jwt-private.pem"))));
    }

    private static byte[] der(Path pem) throws Exception {
        String text = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }

    private static JwtClaims claims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("switchboard");
        claims.setSubject("admin");
        claims.setClaim("upn", "admin");
        claims.setStringListClaim("groups", List.of("admin"));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        claims.setGeneratedJwtId();
        return claims;
    }

    private static String signed(JwtClaims claims, java.security.Key key, String alg) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(alg);
        jws.setHeader("typ", "JWT");
        jws.setDoKeyValidation(false);
        return jws.getCompactSerialization();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static int status(String token) {
        return api.get("/api/status", token).status();
    }

    @Test
    void theServersOwnKeyWithTheRightClaimsIsAccepted() throws Exception {
        assertThat(status(signed(claims(), serverKey, AlgorithmIdentifiers.RSA_USING_SHA256))).isEqualTo(200);
    }

    @Test
    void unsignedTokensAreRefusedInEverySpelling() {
        String payload = b64(claims().toJson());
        for (String alg : List.of("none", "None", "NONE", "nOnE")) {
            String header = b64("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}");
            assertThat(status(header + "." + payload + ".")).as("alg %s", alg).isEqualTo(401);
            assertThat(status(header + "." + payload)).as("alg %s without a signature part", alg).isEqualTo(401);
        }
    }

    @Test
    void hmacWithThePublicKeyAndForeignKeysAreRefused() throws Exception {
        assertThat(status(signed(claims(), new HmacKey(publicKeyPem), AlgorithmIdentifiers.HMAC_SHA256)))
                .as("HS256 keyed with the public key's PEM").isEqualTo(401);
        String header = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String payload = b64(claims().toJson());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(der(SharedPlatform.server().dataDir().resolve("keys/jwt-public.pem")), "HmacSHA256"));
        String signature = Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII)));
        assertThat(status(header + "." + payload + "." + signature)).as("HS256 keyed with the public key's DER")
                .isEqualTo(401);

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        assertThat(status(signed(claims(), generator.generateKeyPair().getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256)))
                .as("another RSA key").isEqualTo(401);
    }

    @Test
    void aTamperedPayloadIsRefused() throws Exception {
        JwtClaims viewer = claims();
        viewer.setStringListClaim("groups", List.of("viewer"));
        String[] parts = signed(viewer, serverKey, AlgorithmIdentifiers.RSA_USING_SHA256).split("\\.");
        assertThat(status(String.join(".", parts))).isEqualTo(200);
        String elevated = b64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"viewer\"", "\"admin\""));
        assertThat(status(parts[0] + "." + elevated + "." + parts[2])).isEqualTo(401);
    }

    @Test
    void expiredNotYetValidForeignIssuerAndGrouplessTokensAreRefused() throws Exception {
        Map<String, JwtClaims> cases = new LinkedHashMap<>();
        JwtClaims expired = claims();
        expired.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
        expired.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 1800));
        cases.put("expired half an hour ago", expired);
        JwtClaims early = claims();
        early.setNotBeforeMinutesInThePast(-30);
        cases.put("valid only in half an hour", early);
        JwtClaims foreign = claims();
        foreign.setIssuer("someone-else");
        cases.put("another issuer", foreign);
        JwtClaims groupless = claims();
        groupless.unsetClaim("groups");
        cases.put("no groups", groupless);
        for (Map.Entry<String, JwtClaims> c : cases.entrySet()) {
            Api.Reply reply = api.get("/api/status", signed(c.getValue(), serverKey, AlgorithmIdentifiers.RSA_USING_SHA256));
            assertThat(reply.status()).as(c.getKey()).isEqualTo(401);
            assertThat(reply.header("Content-Type")).as(c.getKey()).contains("application/problem+json");
        }
    }
}
