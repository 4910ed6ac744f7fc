package io.switchboard.agents.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void generatesAPairOnFirstStartAndReusesItAfterwards() throws Exception {
        Path privateKey = dir.resolve("keys/private.pem");
        Path publicKey = dir.resolve("keys/public.pem");
        SigningKeys first = new SigningKeys();
        first.load(privateKey, publicKey);

        assertThat(Files.readString(privateKey)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(publicKey)).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey))).isEqualTo("rw-------");
        assertThat(first.privateKey().getAlgorithm()).isEqualTo("RSA");

        SigningKeys second = new SigningKeys();
        second.load(privateKey, publicKey);
        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(second.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
    }

    @Test
    void refusesHalfAPair() throws Exception {
        Path privateKey = dir.resolve("private.pem");
        Path publicKey = dir.resolve("public.pem");
        new SigningKeys().load(privateKey, publicKey);
        Files.delete(publicKey);

        assertThatThrownBy(() -> new SigningKeys().load(privateKey, publicKey))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(publicKey.toString()).hasMessageContaining("missing");
    }

    @Test
    void refusesFilesThatAreNotPemKeys() throws Exception {
        Path privateKey = Files.writeString(dir.resolve("private.pem"), "not a key");
        Path publicKey = Files.writeString(dir.resolve("public.pem"), "not a key either");
        assertThatThrownBy(() -> new SigningKeys().load(privateKey, publicKey))
                .hasMessageContaining("PEM");
    }
}
