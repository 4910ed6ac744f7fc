package io.switchboard.tools.mcp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which programs may be launched as stdio MCP servers: those named in {@code switchboard.mcp.stdio.allowed-commands}
 * (by file name; {@code *} allows any). Shell interpreters are never launched directly.
 */
@ApplicationScoped
public class McpCommandPolicy {

    private static final List<String> SHELLS = List.of("sh", "bash", "zsh", "dash", "ksh", "csh", "fish", "cmd",
            "cmd.exe", "powershell", "pwsh");

    @Inject
    @ConfigProperty(name = "switchboard.mcp.stdio.allowed-commands", defaultValue = "npx,node,uvx,python3,python,java")
    List<String> allowed;

    public static McpCommandPolicy allowing(List<String> commands) {
        McpCommandPolicy policy = new McpCommandPolicy();
        policy.allowed = List.copyOf(commands);
        return policy;
    }

    /** Null when the command may be launched, else why not. */
    public String refusal(List<String> command) {
        if (command == null || command.isEmpty() || command.get(0).isBlank()) {
            return "The command is empty";
        }
        if (command.get(0).contains("=")) {
            return "The program name may not contain '=' (it would be read as an environment variable)";
        }
        String program = Path.of(command.get(0).strip()).getFileName().toString();
        if (SHELLS.contains(program)) {
            return "Shells are not launched as MCP servers; name the server's program itself";
        }
        if (allowed.contains("*") || allowed.stream().map(String::strip).anyMatch(program::equals)) {
            return null;
        }
        return "The program '" + program + "' may not be launched as an MCP server; allowed: " + String.join(", ", allowed)
                + " (SWITCHBOARD_MCP_STDIO_ALLOWED_COMMANDS)";
    }
}
