package io.switchboard.core.net;

import java.net.InetAddress;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An administrator's list of hosts an outbound call may reach. Entries are host names
 * ({@code api.example.com}), wildcard domains ({@code *.example.com}: any sub-domain, not the domain itself),
 * addresses ({@code 127.0.0.1}) or CIDR ranges ({@code 10.0.0.0/8}). Name entries match names only; address
 * and range entries match address literals and resolved addresses — so allow-listing {@code 127.0.0.1} does
 * not allow {@code localhost}.
 */
public final class HostAllowList {

    private final List<String> entries;

    private HostAllowList(List<String> entries) {
        this.entries = entries;
    }

    public static HostAllowList of(Collection<String> entries) {
        return new HostAllowList(entries.stream().filter(Objects::nonNull).map(String::strip)
                .filter(e -> !e.isEmpty()).map(e -> e.toLowerCase(Locale.ROOT)).toList());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public List<String> entries() {
        return entries;
    }

    /** True when the host as written in a URL (a name or an address literal) is allow-listed. */
    public boolean allowsHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (Addresses.isLiteral(h)) {
            try {
                InetAddress literal = InetAddress.getByName(h);
                return allowsAddress(literal);
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
        for (String entry : entries) {
            if (entry.startsWith("*.") ? h.endsWith(entry.substring(1)) && h.length() > entry.length() - 1
                    : entry.equals(h)) {
                return true;
            }
        }
        return false;
    }

    /** True when an address or range entry covers the address. */
    public boolean allowsAddress(InetAddress address) {
        return entries.stream().anyMatch(entry -> Addresses.inRange(entry, address));
    }
}
