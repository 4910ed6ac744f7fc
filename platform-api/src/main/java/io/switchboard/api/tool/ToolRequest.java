package io.switchboard.api.tool;

import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/tools} (an {@code http} or {@code sql} tool) and {@code PUT /api/tools/{id}}. For
 * built-in and MCP tools, PUT changes only {@code enabled}, {@code limits} and {@code invokeRoles}.
 */
@Schema(name = "ToolRequest")
public record ToolRequest(
        @Schema(required = true, example = "order_status")
        @NotBlank(message = "is required")
        @Pattern(regexp = ToolNames.PATTERN, message = "must be " + ToolNames.RULE)
        String name,

        @Schema(example = "Looks up the status of an order by its id")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String description,

        @Schema(required = true, enumeration = {"http", "sql"})
        @NotBlank(message = "is required")
        @Pattern(regexp = "builtin|http|sql|mcp", message = "must be http or sql")
        String kind,

        @Schema(type = SchemaType.OBJECT, description = "JSON Schema of the arguments (type object)")
        JsonObject parameters,

        @Schema(description = "Default true")
        Boolean enabled,

        @Valid ToolLimits limits,

        @Schema(description = "Roles that may invoke the tool through the API and MCP (default admin, operator)")
        @Size(max = 4, message = "may list at most 4 roles")
        List<@Pattern(regexp = "admin|operator|viewer|agent", message = "must be admin, operator, viewer or agent")
                String> invokeRoles,

        @Valid HttpToolSpec http,

        @Valid SqlToolSpec sql) {
}
