package io.switchboard.tools.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class McpServerReasonTest {

    @Test
    void reasonsNameNoExceptionClasses() {
        assertThat(McpServerService.reason(new ExecutionException(new TimeoutException())))
                .isEqualTo("the server did not answer in time");
        assertThat(McpServerService.reason(new RuntimeException("java.io.IOException: Cannot run program \"npx\"",
                new java.io.IOException("Cannot run program \"npx\"\nerror=2")))).isEqualTo("Cannot run program \"npx\"");
        assertThat(McpServerService.reason(new IllegalStateException(
                "dev.langchain4j.exception.HttpException: HTTP 401 unauthorized"))).isEqualTo("HTTP 401 unauthorized");
        assertThat(McpServerService.reason(new IllegalStateException())).isEqualTo("no reason given");
    }
}
