package io.switchboard.api.tool;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/mcp/servers}: a command to launch (stdio) or a streamable-HTTP URL, not both. */
@Schema(name = "McpServerRequest")
public record McpServerRequest(
        @Schema(required = true, description = "Prefix of its tools' names in the registry", example = "everything")
        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Za-z0-9-]{1,40}", message = "must be 1-40 letters, digits or '-'")
        String name,

        @Schema(description = "stdio: the program and its arguments",
                example = "[\"npx\", \"-y\", \"@modelcontextprotocol/server-everything@2026.8.31\"]")
        @Size(min = 1, max = 50, message = "must hold 1-50 entries")
        List<@NotBlank(message = "must not be blank") @Size(max = 1000, message = "must be at most 1000 characters") String> command,

        @Schema(description = "streamable HTTP: the server's MCP endpoint", example = "https://mcp.example.com/mcp")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String url,

        @Schema(description = "stdio: environment variables of the process; values may reference {{secret:NAME}}")
        @Size(max = 50, message = "may hold at most 50 entries")
        Map<String, String> env,

        @Schema(description = "http: headers sent with every request; values may reference {{secret:NAME}}")
        @Size(max = 50, message = "may hold at most 50 entries")
        Map<String, String> headers) {
}
