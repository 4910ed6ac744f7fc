package io.switchboard.console.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerAddressTest {

    @Test
    void aBareHostGetsHttpAndTrailingSlashesGo() {
        assertThat(ServerAddress.normalise(" localhost:9080// ")).isEqualTo("http://localhost:9080");
        assertThat(ServerAddress.normalise("https://sb.example.com/")).isEqualTo("https://sb.example.com");
    }

    @Test
    void otherSchemesAndEmptyAddressesAreRefusedWithAHint() {
        assertThatThrownBy(() -> ServerAddress.normalise("")).hasMessageContaining("e.g. http://localhost:9080");
        assertThatThrownBy(() -> ServerAddress.normalise("file:///etc")).hasMessageContaining("http://");
        assertThatThrownBy(() -> ServerAddress.normalise("http://")).isInstanceOf(IllegalArgumentException.class);
    }
}
