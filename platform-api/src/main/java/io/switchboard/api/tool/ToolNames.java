package io.switchboard.api.tool;

/** Rules for tool names: what model providers accept as function names, so every tool can be offered to a model. */
public final class ToolNames {

    public static final String PATTERN = "[A-Za-z0-9_-]{1,64}";
    public static final String RULE = "1-64 letters, digits, '_' or '-'";

    private ToolNames() {
    }
}
