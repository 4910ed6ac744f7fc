package io.switchboard.api.tool;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered MCP server. Environment and header values are never shown, only their names. */
@Schema(name = "McpServer")
public record McpServerView(
        String id,
        String name,
        @Schema(enumeration = {"stdio", "http"}) String transport,
        List<String> command,
        String url,
        @Schema(description = "Names of the environment variables set for the process") List<String> env,
        @Schema(description = "Names of the headers sent") List<String> headers,
        @Schema(enumeration = {"connected", "unavailable"}) String status,
        @Schema(description = "Why it is unavailable") String statusDetail,
        @Schema(description = "Registry names of the tools it offers") List<String> tools,
        Instant refreshedAt,
        Instant createdAt) {

    public static final String CONNECTED = "connected";
    public static final String UNAVAILABLE = "unavailable";
}
