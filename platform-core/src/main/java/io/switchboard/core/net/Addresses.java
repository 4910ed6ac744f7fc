package io.switchboard.core.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** What kind of network address an outbound call would reach, and address-range matching. */
public final class Addresses {

    private Addresses() {
    }

    /**
     * True when the address is not on the public internet: loopback, private, link-local (cloud metadata at
     * 169.254.169.254), unique-local, shared (100.64/10), multicast, unspecified or reserved.
     */
    public static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || first >= 240 || (first == 100 && second >= 64 && second < 128)
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
                    || (first == 198 && (second == 18 || second == 19)); // benchmarking 198.18/15
        }
        if ((bytes[0] & 0xfe) == 0xfc) {
            return true; // IPv6 unique local fc00::/7
        }
        // IPv6 forms that carry an IPv4 address: judge by that address (NAT64 64:ff9b::/96, 6to4 2002::/16,
        // IPv4-compatible ::a.b.c.d); 6to4 and NAT64 relays may reach internal networks, so they count as internal
        boolean nat64 = (bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
                && (bytes[3] & 0xff) == 0x9b;
        boolean sixToFour = (bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02;
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= bytes[i] == 0;
        }
        return nat64 || sixToFour || compatible;
    }

    /** True when the text is an IPv4 or IPv6 address literal (not a host name). */
    public static boolean isLiteral(String value) {
        String bare = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        return bare.indexOf(':') >= 0 || bare.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    /** True when the entry, an address or a range in CIDR notation ({@code 10.0.0.0/8}), covers the address. */
    public static boolean inRange(String entry, InetAddress address) {
        int slash = entry.indexOf('/');
        String network = slash < 0 ? entry : entry.substring(0, slash);
        if (!isLiteral(network)) {
            return false;
        }
        try {
            byte[] a = address.getAddress();
            byte[] n = InetAddress.getByName(network).getAddress();
            if (a.length != n.length) {
                return false;
            }
            int prefix = slash < 0 ? a.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            if (prefix < 0 || prefix > a.length * 8) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((a[bit / 8] & mask) != (n[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }
}
