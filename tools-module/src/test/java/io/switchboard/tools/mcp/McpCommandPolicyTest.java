package io.switchboard.tools.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class McpCommandPolicyTest {

    private final McpCommandPolicy policy = McpCommandPolicy.allowing(List.of("npx", "node"));

    @Test
    void onlyAllowedProgramsAreLaunched() {
        assertThat(policy.refusal(List.of("npx", "-y", "@modelcontextprotocol/server-everything"))).isNull();
        assertThat(policy.refusal(List.of("/usr/bin/node", "server.js"))).isNull();
        assertThat(policy.refusal(List.of("rm", "-rf", "/"))).contains("'rm' may not be launched");
        assertThat(policy.refusal(List.of("bash", "-c", "npx x"))).contains("Shells");
        assertThat(McpCommandPolicy.allowing(List.of("*")).refusal(List.of("/bin/sh", "-c", "x"))).contains("Shells");
        assertThat(McpCommandPolicy.allowing(List.of("*")).refusal(List.of("my-server"))).isNull();
        assertThat(policy.refusal(List.of())).isNotNull();
        assertThat(McpCommandPolicy.allowing(List.of("*")).refusal(List.of("X=1", "sh", "-c", "id"))).contains("'='");
    }

    @Test
    void theProcessGetsACleanEnvironment() {
        List<String> launch = McpLaunch.command(List.of("npx", "server"), java.util.Map.of("API_KEY", "k"));
        if (launch.get(0).equals("/usr/bin/env")) {
            assertThat(launch).startsWith("/usr/bin/env", "-i").endsWith("API_KEY=k", "npx", "server");
            assertThat(launch).noneMatch(a -> a.startsWith("SWITCHBOARD_"));
        }
    }
}
