package io.switchboard.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostAllowListTest {

    @Test
    void namesMatchNamesAndWildcardsMatchSubdomainsOnly() {
        HostAllowList list = HostAllowList.of(List.of(" API.example.com ", "*.partner.org", ""));
        assertThat(list.entries()).containsExactly("api.example.com", "*.partner.org");
        assertThat(list.allowsHost("api.example.com")).isTrue();
        assertThat(list.allowsHost("Api.Example.Com")).isTrue();
        assertThat(list.allowsHost("example.com")).isFalse();
        assertThat(list.allowsHost("evil-api.example.com")).isFalse();
        assertThat(list.allowsHost("crm.partner.org")).isTrue();
        assertThat(list.allowsHost("a.b.partner.org")).isTrue();
        assertThat(list.allowsHost("partner.org")).isFalse();
        assertThat(list.allowsHost("crm.partner.org.evil.net")).isFalse();
    }

    @Test
    void addressEntriesMatchLiteralsNotNamesThatResolveToThem() throws Exception {
        HostAllowList list = HostAllowList.of(List.of("127.0.0.1", "10.1.0.0/16"));
        assertThat(list.allowsHost("127.0.0.1")).isTrue();
        assertThat(list.allowsHost("localhost")).as("a name is not its address").isFalse();
        assertThat(list.allowsHost("10.1.200.3")).isTrue();
        assertThat(list.allowsHost("10.2.0.1")).isFalse();
        assertThat(list.allowsAddress(InetAddress.getByName("10.1.0.9"))).isTrue();
        assertThat(HostAllowList.of(List.of()).isEmpty()).isTrue();
    }

    @Test
    void internalAddressesAreRecognised() throws Exception {
        for (String internal : List.of("127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
                "::1", "fd00::1", "100.64.0.1", "0.0.0.0", "224.0.0.1", "fe80::1",
                "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1", "::10.0.0.1", "198.18.0.1")) {
            assertThat(Addresses.isInternal(InetAddress.getByName(internal))).as(internal).isTrue();
        }
        for (String external : List.of("8.8.8.8", "1.1.1.1", "2606:4700:4700::1111")) {
            assertThat(Addresses.isInternal(InetAddress.getByName(external))).as(external).isFalse();
        }
    }

    @Test
    void rangesMatchBitByBit() throws Exception {
        assertThat(Addresses.inRange("192.168.0.0/23", InetAddress.getByName("192.168.1.200"))).isTrue();
        assertThat(Addresses.inRange("192.168.0.0/24", InetAddress.getByName("192.168.1.200"))).isFalse();
        assertThat(Addresses.inRange("fd00::/8", InetAddress.getByName("fd12::1"))).isTrue();
        assertThat(Addresses.inRange("example.com", InetAddress.getByName("1.2.3.4"))).isFalse();
        assertThat(Addresses.inRange("10.0.0.0/99", InetAddress.getByName("10.0.0.1"))).isFalse();
        assertThat(Addresses.isLiteral("[::1]")).isTrue();
        assertThat(Addresses.isLiteral("example.com")).isFalse();
    }
}
