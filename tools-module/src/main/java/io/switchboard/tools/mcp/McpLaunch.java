package io.switchboard.tools.mcp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a stdio MCP server process is started: with a clean environment ({@code env -i}), so the server's own
 * secrets (database password, master key) never reach it, holding only PATH, HOME, LANG, TMPDIR and the
 * variables configured for it. Where there is no {@code env} program, nothing is started (the process would
 * otherwise inherit the platform's environment).
 */
final class McpLaunch {

    private static final List<String> PASSED = List.of("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "USER");
    private static final List<Path> ENV = List.of(Path.of("/usr/bin/env"), Path.of("/bin/env"));

    private McpLaunch() {
    }

    static List<String> command(List<String> command, Map<String, String> env) {
        Path program = ENV.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
                "Cannot start a stdio MCP server with a clean environment: no env program at /usr/bin/env or /bin/env"));
        List<String> launch = new ArrayList<>();
        launch.add(program.toString());
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
