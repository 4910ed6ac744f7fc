package io.switchboard.tools.tool;

import io.switchboard.api.tool.ToolKind;
import io.switchboard.api.tool.ToolLimits;
import io.switchboard.api.tool.ToolView;
import io.switchboard.tools.http.HttpToolSpecs;
import io.switchboard.tools.json.JsonValues;
import io.switchboard.tools.sql.SqlToolSpecs;

/** A stored tool as the API shows it. */
final class ToolViews {

    private ToolViews() {
    }

    static ToolView view(ToolDefinition t) {
        return new ToolView(t.id(), t.name(), t.description(), t.kind(), JsonValues.parseObject(t.parameters()),
                t.enabled(), t.builtIn(), new ToolLimits(t.timeoutMs(), t.maxAttempts(), t.ratePerMinute()),
                t.invokeRoles(),
                ToolKind.HTTP.equals(t.kind()) && t.config() != null ? HttpToolSpecs.fromConfig(t.config()) : null,
                ToolKind.SQL.equals(t.kind()) && t.config() != null ? SqlToolSpecs.fromConfig(t.config()) : null,
                t.mcpServerId(), t.mcpToolName(), t.createdAt().toInstant(), t.updatedAt().toInstant());
    }
}
