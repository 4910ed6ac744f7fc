package io.switchboard.orchestration.a2a.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.api.a2a.A2aException;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookPolicyTest {

    private final WebhookPolicy strict = WebhookPolicy.allowing(List.of());

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://localhost/hook", "https://10.1.2.3/hook",
            "https://172.16.0.9/hook", "https://192.168.1.1/hook", "https://169.254.169.254/latest/meta-data",
            "https://[::1]/hook", "https://[fd00::1]/hook", "https://100.64.0.1/hook", "https://0.0.0.0/hook"})
    void internalAddressesAreRefused(String url) {
        assertThat(strict.refusal(url)).contains("loopback, private or link-local");
        assertThatThrownBy(() -> strict.check(url)).isInstanceOfSatisfying(A2aException.class,
                e -> assertThat(e.code()).isEqualTo(-32602));
    }

    @Test
    void onlyHttpsToNamedPublicHosts() {
        assertThat(strict.refusal("https://1.1.1.1/hook")).isNull();
        assertThat(strict.refusal("http://1.1.1.1/hook")).contains("https");
        assertThat(strict.refusal("ftp://1.1.1.1/hook")).contains("https");
        assertThat(strict.refusal("https://user:pw@1.1.1.1/hook")).contains("user info");
        assertThat(strict.refusal("not a url")).isNotNull();
        assertThat(strict.refusal("https://no-such-host.invalid/hook")).contains("does not resolve");
        assertThat(strict.refusal(null)).contains("required");
    }

    @Test
    void allowListedHostsAddressesAndRangesPass() {
        assertThat(WebhookPolicy.allowing(List.of("127.0.0.1")).refusal("http://127.0.0.1:8080/hook")).isNull();
        assertThat(WebhookPolicy.allowing(List.of("localhost")).refusal("http://localhost/hook")).isNull();
        assertThat(WebhookPolicy.allowing(List.of("10.0.0.0/8")).refusal("https://10.20.30.40/hook")).isNull();
        assertThat(WebhookPolicy.allowing(List.of("10.0.0.0/16")).refusal("https://10.20.30.40/hook")).isNotNull();
    }

    @Test
    void rangesMatchBitByBit() throws Exception {
        assertThat(WebhookPolicy.matches("192.168.0.0/23", InetAddress.getByName("192.168.1.200"))).isTrue();
        assertThat(WebhookPolicy.matches("192.168.0.0/24", InetAddress.getByName("192.168.1.200"))).isFalse();
        assertThat(WebhookPolicy.matches("fd00::/8", InetAddress.getByName("fd12::1"))).isTrue();
        assertThat(WebhookPolicy.matches("example.com", InetAddress.getByName("1.2.3.4"))).isFalse();
        assertThat(WebhookPolicy.isInternal(InetAddress.getByName("8.8.8.8"))).isFalse();
    }
}
