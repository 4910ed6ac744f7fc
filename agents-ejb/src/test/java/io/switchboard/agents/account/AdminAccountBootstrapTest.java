package io.switchboard.agents.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AdminAccountBootstrapTest {

    @Test
    void generatedPasswordsAreLongAndDifferent() {
        Set<String> passwords = new HashSet<>();
        IntStream.range(0, 50).forEach(i -> passwords.add(AdminAccountBootstrap.randomPassword()));
        assertThat(passwords).hasSize(50);
        assertThat(passwords).allSatisfy(p -> assertThat(p).hasSize(24).matches("[A-Za-z2-9]+"));
    }
}
