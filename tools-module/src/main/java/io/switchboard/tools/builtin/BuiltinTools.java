package io.switchboard.tools.builtin;

import io.switchboard.api.tool.ToolKind;
import io.switchboard.tools.invoke.ToolCall;
import io.switchboard.tools.invoke.ToolFailure;
import io.switchboard.tools.invoke.ToolOutput;
import io.switchboard.tools.invoke.ToolRunner;
import io.switchboard.tools.tool.ToolDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Comparator;
import java.util.List;

/** The installed built-in tools, and the runner of the {@code builtin} kind. */
@ApplicationScoped
public class BuiltinTools implements ToolRunner {

    @Inject
    @Any
    Instance<BuiltinTool> installed;

    /** The installed tools by name, resolved once (they are application-scoped beans). */
    private volatile java.util.Map<String, BuiltinTool> byName;

    public List<BuiltinTool> all() {
        return installed.stream().sorted(Comparator.comparing(BuiltinTool::name)).toList();
    }

    @Override
    public String kind() {
        return ToolKind.BUILTIN;
    }

    @Override
    public boolean runsInCaller(ToolDefinition tool) {
        return byName().get(tool.name()) instanceof BuiltinTool builtin && builtin.inMemory();
    }

    @Override
    public ToolOutput run(ToolDefinition tool, JsonObject arguments, ToolCall call) throws Exception {
        BuiltinTool builtin = byName().get(tool.name());
        if (builtin == null) {
            throw new ToolFailure("The built-in tool '" + tool.name() + "' is not installed");
        }
        return builtin.run(arguments, call);
    }

    private java.util.Map<String, BuiltinTool> byName() {
        java.util.Map<String, BuiltinTool> tools = byName;
        if (tools == null) {
            tools = installed.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(BuiltinTool::name, b -> b));
            byName = tools;
        }
        return tools;
    }
}
