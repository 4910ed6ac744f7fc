package io.switchboard.tools.http;

import io.switchboard.core.net.Addresses;
import io.switchboard.core.net.HostAllowList;
import io.switchboard.tools.invoke.ToolFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the tools may send HTTP requests (against server-side request forgery). A URL must be http or https,
 * without user info, to a host in {@code switchboard.tools.http.allowed-hosts} (names, {@code *.domain},
 * addresses, CIDR ranges). Every address the host resolves to must be public, unless that address is itself
 * covered by an address or range entry: allow-listing {@code intranet.example} reaches it only if its
 * addresses are allow-listed too, and {@code 127.0.0.1} does not admit {@code localhost}.
 */
@ApplicationScoped
public class OutboundPolicy {

    @Inject
    @ConfigProperty(name = "switchboard.tools.http.allowed-hosts")
    Optional<List<String>> allowedHosts;

    private volatile HostAllowList allowList;

    public static OutboundPolicy allowing(List<String> hosts) {
        OutboundPolicy policy = new OutboundPolicy();
        policy.allowedHosts = Optional.of(List.copyOf(hosts));
        return policy;
    }

    /** The URI, or a {@link ToolFailure} saying why the tools may not call it. */
    public URI check(String url) {
        String refusal = refusal(url);
        if (refusal != null) {
            throw new ToolFailure(refusal);
        }
        return URI.create(url);
    }

    /** Why the URL may not be called, or null when it may. */
    public String refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException | NullPointerException e) {
            return "'" + url + "' is not a valid URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "only http and https URLs may be called, not '" + url + "'";
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return "the URL '" + url + "' names no host";
        }
        if (uri.getRawUserInfo() != null) {
            return "URLs with user info are not allowed; pass credentials in a header";
        }
        HostAllowList list = allowList();
        if (list.isEmpty()) {
            return "no hosts are allow-listed for outbound HTTP (set SWITCHBOARD_TOOLS_HTTP_ALLOWED_HOSTS)";
        }
        if (!list.allowsHost(host)) {
            return "host " + host + " is not allow-listed for outbound HTTP";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return "host " + host + " does not resolve";
        }
        for (InetAddress address : addresses) {
            if (Addresses.isInternal(address) && !list.allowsAddress(address)) {
                return "host " + host + " resolves to the internal address " + address.getHostAddress()
                        + " (loopback, private, link-local or metadata), which is not allow-listed";
            }
        }
        return null;
    }

    /** True when the host is allow-listed by name or address (the addresses it resolves to are not checked). */
    public boolean allowsHost(String host) {
        return allowList().allowsHost(host);
    }

    private HostAllowList allowList() {
        HostAllowList list = allowList;
        if (list == null) {
            list = HostAllowList.of(allowedHosts.orElse(List.of()));
            allowList = list;
        }
        return list;
    }
}
