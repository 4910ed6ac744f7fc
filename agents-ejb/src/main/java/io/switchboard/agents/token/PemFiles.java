package io.switchboard.agents.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Reads and writes RSA keys as PEM: private keys as PKCS#8, public keys as X.509 SubjectPublicKeyInfo. */
final class PemFiles {

    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";

    private PemFiles() {
    }

    static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
        byte[] der = decode(Files.readString(file, StandardCharsets.US_ASCII), PRIVATE_LABEL, file);
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    static PublicKey readPublicKey(Path file) throws IOException, GeneralSecurityException {
        byte[] der = decode(Files.readString(file, StandardCharsets.US_ASCII), PUBLIC_LABEL, file);
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }

    /** Writes the private key readable by the owner only (where the file system has POSIX permissions). */
    static void writePrivateKey(Path file, PrivateKey key) throws IOException {
        write(file, PRIVATE_LABEL, key.getEncoded());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    static void writePublicKey(Path file, PublicKey key) throws IOException {
        write(file, PUBLIC_LABEL, key.getEncoded());
    }

    private static void write(Path file, String label, byte[] der) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n",
                StandardCharsets.US_ASCII);
    }

    private static byte[] decode(String pem, String label, Path file) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(file + " is not a PEM file holding a " + label);
        }
        String base64 = pem.substring(from + begin.length(), to).replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }
}
