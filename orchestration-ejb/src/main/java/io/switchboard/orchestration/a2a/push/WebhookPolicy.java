package io.switchboard.orchestration.a2a.push;

import io.switchboard.api.a2a.A2aException;
import io.switchboard.core.net.Addresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which webhook URLs the platform will call (server-side request forgery guard): https only, to hosts that
 * resolve to public addresses. Loopback, private, link-local, unique-local, shared (100.64/10), multicast and
 * unspecified addresses are refused, unless the host or its address is in
 * {@code switchboard.a2a.push.allowed-hosts} (host names, IP addresses or CIDR ranges), which also permits
 * plain http. Checked when a webhook is registered and again before every delivery.
 */
@ApplicationScoped
public class WebhookPolicy {

    @Inject
    @ConfigProperty(name = "switchboard.a2a.push.allowed-hosts")
    Optional<List<String>> allowedHosts;

    /** A policy with a fixed allow-list, outside CDI (tests, tools). */
    public static WebhookPolicy allowing(List<String> hosts) {
        WebhookPolicy policy = new WebhookPolicy();
        policy.allowedHosts = Optional.of(List.copyOf(hosts));
        return policy;
    }

    /** The webhook URI, or an invalid-params error saying why it is refused. */
    public URI check(String url) {
        String refusal = refusal(url);
        if (refusal != null) {
            throw A2aException.invalidParams("push notification url " + refusal);
        }
        return URI.create(url);
    }

    /** Why the URL is refused, or null when the platform may call it. */
    public String refusal(String url) {
        if (url == null || url.isBlank()) {
            return "is required";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "is not a valid URI";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return "must be an https URL";
        }
        String host = uri.getHost();
        if (host == null || host.isBlank() || uri.getUserInfo() != null) {
            return "must name a host (and no user info)";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return "names a host that does not resolve: " + host;
        }
        boolean allowListed = isAllowListed(host, addresses);
        if (!allowListed && !scheme.equals("https")) {
            return "must use https (plain http only for allow-listed hosts)";
        }
        if (!allowListed) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    return "resolves to a loopback, private or link-local address (" + address.getHostAddress()
                            + "); allow-list it with switchboard.a2a.push.allowed-hosts if that is intended";
                }
            }
        }
        return null;
    }

    private boolean isAllowListed(String host, InetAddress[] addresses) {
        List<String> entries = allowedHosts.orElse(List.of());
        for (String raw : entries) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals(host.toLowerCase(Locale.ROOT))) {
                return true;
            }
            for (InetAddress address : addresses) {
                if (matches(entry, address)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the address is not on the public internet. */
    static boolean isInternal(InetAddress address) {
        return Addresses.isInternal(address);
    }

    /** An entry is an address, or an address range in CIDR notation. */
    static boolean matches(String entry, InetAddress address) {
        return Addresses.inRange(entry, address);
    }
}
