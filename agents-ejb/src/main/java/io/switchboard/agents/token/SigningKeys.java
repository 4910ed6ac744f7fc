package io.switchboard.agents.token;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The RS256 key pair that signs the platform's JWTs. When neither key file exists, a 2048-bit pair is
 * generated on first start and written to the configured locations (by default the server's data
 * directory); MicroProfile JWT verifies tokens with the public key file. Configured keys are used as they are.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static final int KEY_SIZE = 2048;

    @Inject
    @ConfigProperty(name = "switchboard.jwt.private-key.location")
    String privateKeyLocation;

    @Inject
    @ConfigProperty(name = "switchboard.jwt.public-key.location")
    String publicKeyLocation;

    private PrivateKey privateKey;
    private String keyId;

    @PostConstruct
    void loadOrGenerate() {
        load(Path.of(privateKeyLocation), Path.of(publicKeyLocation));
    }

    void load(Path privateFile, Path publicFile) {
        try {
            boolean hasPrivate = Files.exists(privateFile);
            boolean hasPublic = Files.exists(publicFile);
            if (hasPrivate != hasPublic) {
                throw new IllegalStateException("JWT keys are incomplete: " + (hasPrivate ? publicFile : privateFile)
                        + " is missing while " + (hasPrivate ? privateFile : publicFile)
                        + " exists. Provide both files, or remove both to have a new pair generated.");
            }
            if (!hasPrivate) {
                generate(privateFile, publicFile);
            }
            privateKey = PemFiles.readPrivateKey(privateFile);
            keyId = thumbprint(PemFiles.readPublicKey(publicFile));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the JWT keys: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JWT key files are not valid RSA keys: " + e.getMessage(), e);
        }
    }

    private static void generate(Path privateFile, Path publicFile) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(KEY_SIZE);
        KeyPair pair = generator.generateKeyPair();
        PemFiles.writePublicKey(publicFile, pair.getPublic());
        PemFiles.writePrivateKey(privateFile, pair.getPrivate());
        LOG.info(() -> "Generated a new JWT signing key pair: " + privateFile + " and " + publicFile);
    }

    /** SHA-256 of the encoded public key, base64url: the {@code kid} of every token signed with this pair. */
    private static String thumbprint(PublicKey key) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public String keyId() {
        return keyId;
    }
}
