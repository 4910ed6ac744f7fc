package io.switchboard.api.tool;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tool as the API shows it. Secrets are never part of it: header values show their {@code {{secret:…}}} reference. */
@Schema(name = "Tool")
public record ToolView(
        String id,
        String name,
        String description,
        @Schema(enumeration = {"builtin", "http", "sql", "mcp"}) String kind,
        @Schema(type = SchemaType.OBJECT, description = "JSON Schema of the arguments") JsonObject parameters,
        boolean enabled,
        boolean builtIn,
        ToolLimits limits,
        List<String> invokeRoles,
        HttpToolSpec http,
        SqlToolSpec sql,
        @Schema(description = "For mcp tools: the MCP server it comes from") String mcpServerId,
        @Schema(description = "For mcp tools: its name at the MCP server") String mcpToolName,
        Instant createdAt,
        Instant updatedAt) {
}
