package io.switchboard.tools.mcp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a stdio MCP server process is started: with a clean environment ({@code env -i}), so the server's own
 * secrets (database password, master key) never reach it, holding only PATH, HOME, LANG, TMPDIR and the
 * variables configured for it.
 */
final class McpLaunch {

    private static final List<String> PASSED = List.of("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "USER");
    private static final Path ENV = Path.of("/usr/bin/env");

    private McpLaunch() {
    }

    static List<String> command(List<String> command, Map<String, String> env) {
        if (!Files.isExecutable(ENV)) {
            return command;
        }
        List<String> launch = new ArrayList<>();
        launch.add(ENV.toString());
        launch.add("-i");
        for (String name : PASSED) {
            String value = System.getenv(name);
            if (value != null && !env.containsKey(name)) {
                launch.add(name + "=" + value);
            }
        }
        env.forEach((name, value) -> launch.add(name + "=" + value));
        launch.addAll(command);
        return launch;
    }
}
