package io.switchboard.core.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform master key (256-bit AES): {@code SWITCHBOARD_MASTER_KEY} (base64 of 32 bytes) when set; else a
 * key file in the data directory, generated on first start. Servers that share a database must share the
 * key, so production sets the environment variable. Loaded (and the file generated) on first use.
 */
@ApplicationScoped
public class MasterKey {

    private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());
    private static final int KEY_BYTES = 32;

    @Inject
    @ConfigProperty(name = "switchboard.master-key")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "switchboard.master-key.location")
    String location;

    private volatile SecretBox box;

    public SecretBox box() {
        SecretBox loaded = box;
        if (loaded == null) {
            synchronized (this) {
                if (box == null) {
                    box = new SecretBox(new SecretKeySpec(keyBytes(), "AES"));
                }
                loaded = box;
            }
        }
        return loaded;
    }

    private byte[] keyBytes() {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return decode(configured.get().strip(), "SWITCHBOARD_MASTER_KEY");
        }
        Path file = Path.of(location);
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            LOG.warning(() -> "Generated a master key in " + file + " to encrypt secrets at rest. Servers that share a"
                    + " database need the same key: set SWITCHBOARD_MASTER_KEY (base64 of 32 random bytes).");
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the master key file " + file, e);
        }
    }

    static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must hold " + KEY_BYTES + " bytes (base64), it holds "
                    + key.length);
        }
        return key;
    }
}
