package io.switchboard.core.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private final SecretBox box = new SecretBox(newKey());

    @Test
    void sealedSecretsOpenOnlyWithTheSameKeyAndContext() {
        String sealed = box.seal("s3cret-token", "push-config:t1");
        assertThat(sealed).startsWith("v1:").doesNotContain("s3cret");
        assertThat(box.seal("s3cret-token", "push-config:t1")).as("random IV").isNotEqualTo(sealed);
        assertThat(box.open(sealed, "push-config:t1")).isEqualTo("s3cret-token");

        assertThatThrownBy(() -> box.open(sealed, "push-config:t2")).hasMessageContaining("master key");
        assertThatThrownBy(() -> new SecretBox(newKey()).open(sealed, "push-config:t1")).hasMessageContaining("master key");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> box.open(tampered, "push-config:t1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open("plain", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullStaysNull() {
        assertThat(box.seal(null, "x")).isNull();
        assertThat(box.open(null, "x")).isNull();
    }

    @Test
    void masterKeysMustBe32Bytes() {
        assertThat(MasterKey.decode(Base64.getEncoder().encodeToString(new byte[32]), "k")).hasSize(32);
        assertThatThrownBy(() -> MasterKey.decode(Base64.getEncoder().encodeToString(new byte[16]), "k"))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> MasterKey.decode("not base64!", "k")).hasMessageContaining("base64");
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
