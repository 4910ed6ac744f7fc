package io.switchboard.orchestration.a2a.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name of this server among those sharing the database: {@code switchboard.node.id}, by default the
 * server's A2A base URL, which is unique per server and stable across restarts.
 */
@ApplicationScoped
public class NodeIdentity {

    @Inject
    @ConfigProperty(name = "switchboard.node.id")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.base-url", defaultValue = "http://127.0.0.1:9080")
    String baseUrl;

    public String id() {
        return configured.filter(s -> !s.isBlank()).orElse(baseUrl);
    }
}
