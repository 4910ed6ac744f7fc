package io.switchboard.agents.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("correct horse battery staple");
        assertThat(hasher.verify("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.verify("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void storesAlgorithmIterationsAndARandomSaltButNeverThePassword() {
        String first = hasher.hash("s3cret-password");
        String second = hasher.hash("s3cret-password");
        assertThat(first).startsWith("pbkdf2-sha256$1000$").doesNotContain("s3cret-password");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify("s3cret-password", second)).isTrue();
    }

    @Test
    void readsHashesMadeWithAnotherWorkFactor() {
        String oldHash = new PasswordHasher(500).hash("pw-from-before");
        assertThat(hasher.verify("pw-from-before", oldHash)).isTrue();
    }

    @Test
    void rejectsUnreadableOrTamperedHashes() {
        String hash = hasher.hash("pw");
        assertThat(hasher.verify("pw", null)).isFalse();
        assertThat(hasher.verify("pw", "plain-text")).isFalse();
        assertThat(hasher.verify("pw", hash.replace("pbkdf2-sha256", "md5"))).isFalse();
        assertThat(hasher.verify("pw", "pbkdf2-sha256$x$abc$def")).isFalse();
        String[] fields = hash.split("\\$");
        String otherHash = new PasswordHasher(1_000).hash("other").split("\\$")[3];
        assertThat(hasher.verify("pw", fields[0] + "$" + fields[1] + "$" + fields[2] + "$" + otherHash)).isFalse();
    }

    @Test
    void defaultWorkFactorIsSlow() {
        assertThat(new PasswordHasher().hash("x")).startsWith("pbkdf2-sha256$" + PasswordHasher.DEFAULT_ITERATIONS + "$");
        assertThatThrownBy(() -> new PasswordHasher(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
