package io.switchboard.console.tools;

import io.switchboard.console.widgets.SchemaForm;

import io.switchboard.api.client.ApiCallException;
import io.switchboard.api.client.ToolsApi;
import io.switchboard.api.tool.McpServerRequest;
import io.switchboard.api.problem.Problem;
import io.switchboard.api.tool.InvokeToolRequest;
import io.switchboard.api.tool.McpServerView;
import io.switchboard.api.tool.ToolAuditEntry;
import io.switchboard.api.tool.ToolInvocationResult;
import io.switchboard.api.tool.ToolView;
import io.switchboard.console.concurrent.SameThreadTasks;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ToolsViewModelTest {

    private final List<String> invoked = new ArrayList<>();
    private ApiCallException refuse;
    private final ToolsApi api = new ToolsApi() {
        @Override
        public List<ToolView> tools() {
            return List.of(tool("unit_convert"), tool("calculator"));
        }

        @Override
        public ToolInvocationResult invoke(String name, InvokeToolRequest request) {
            if (refuse != null) {
                throw refuse;
            }
            invoked.add(name + " " + request.arguments());
            return new ToolInvocationResult("i1", name, "succeeded", null, "15% of 200 = 30", null, 1, 3);
        }

        @Override
        public List<ToolAuditEntry> audit(String tool, int limit) {
            return List.of(new ToolAuditEntry("a", tool, "t", "user", "ann", null, null, null, "succeeded", null, 1, 3,
                    Instant.EPOCH));
        }

        @Override
        public List<McpServerView> mcpServers() {
            throw new ApiCallException(403, null, "forbidden");
        }

        @Override
        public McpServerView refreshMcpServer(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public McpServerView registerMcpServer(McpServerRequest request) {
            if (refuse != null) {
                throw refuse;
            }
            registered.add(request);
            return new McpServerView("s1", request.name(), request.url() == null ? "stdio" : "http", request.command(),
                    request.url(), null, null, "connected", null, List.of(request.name() + "_echo"), null, null);
        }

        @Override
        public void deleteMcpServer(String id) {
            invoked.add("delete " + id);
        }
    };
    private final List<McpServerRequest> registered = new ArrayList<>();
    private final ToolsViewModel model = new ToolsViewModel(api, new SameThreadTasks());

    @Test
    void aSelectedToolGetsItsFormAndAnInvocationShowsTheResultAndTheAudit() {
        model.refresh();
        assertThat(model.tools()).extracting(ToolView::name).containsExactly("calculator", "unit_convert");
        model.selectedProperty().set(model.tools().get(0));
        assertThat(model.formProperty().get().fields()).extracting(SchemaForm.Field::name).containsExactly("expression");

        model.values().put("expression", "15% of 200");
        model.invoke();

        assertThat(invoked).containsExactly("calculator {\"expression\":\"15% of 200\"}");
        assertThat(model.resultProperty().get()).isEqualTo("succeeded in 3 ms (1 attempt(s))\n15% of 200 = 30");
        assertThat(model.audit()).hasSize(1);
    }

    @Test
    void formProblemsStopTheCallAndServerSchemaProblemsAreMarkedOnTheirFields() {
        model.refresh();
        model.selectedProperty().set(model.tools().get(0));
        model.invoke();
        assertThat(invoked).isEmpty();
        assertThat(model.fieldProblems()).containsEntry("expression", "is required");

        refuse = new ApiCallException(400, new Problem("t", "Bad Request", 400, "The arguments do not match", "/",
                List.of(new Problem.FieldError("expression", "must be at most 500 characters"))), "The arguments do not match");
        model.values().put("expression", "x".repeat(600));
        model.invoke();
        assertThat(model.fieldProblems()).containsOnlyKeys("expression");
        assertThat(model.fieldProblems().get("expression")).isEqualTo("must be at most 500 characters");
        assertThat(model.messageProperty().get()).isEqualTo("The arguments do not match");
    }

    @Test
    void aViewerWhoMayNotSeeMcpServersGetsAnEmptyList() {
        model.refreshServers();
        assertThat(model.servers()).isEmpty();
        assertThat(ToolsViewModel.field("arguments.value")).isEqualTo("value");
        assertThat(ToolsViewModel.field("/value/0")).isEqualTo("value");
    }

    private static ToolView tool(String name) {
        var schema = Json.createReader(new StringReader("{\"type\":\"object\",\"required\":[\"expression\"],"
                + "\"properties\":{\"expression\":{\"type\":\"string\"}}}")).readObject();
        return new ToolView(name, name, "d", "builtin", schema, true, true, null, List.of(), null, null, null, null,
                Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void anAdminRegistersAStdioAndAnHttpServerFromTheFormAndRemovesOne() {
        model.serverNameProperty().set("everything");
        model.serverCommandProperty().set("npx -y \"@scope/server everything\"");
        model.serverPairsProperty().set("API_KEY={{secret:EVERYTHING_KEY}}\n\nMODE = fast");
        model.registerServer();

        assertThat(registered).singleElement().satisfies(r -> {
            assertThat(r.command()).containsExactly("npx", "-y", "@scope/server everything");
            assertThat(r.url()).isNull();
            assertThat(r.env()).containsExactly(java.util.Map.entry("API_KEY", "{{secret:EVERYTHING_KEY}}"),
                    java.util.Map.entry("MODE", "fast"));
            assertThat(r.headers()).isNull();
        });
        assertThat(model.serverMessageProperty().get()).isEqualTo("Registered everything: connected, 1 tool(s).");
        assertThat(model.serverNameProperty().get()).isEmpty();

        model.serverHttpProperty().set(true);
        model.serverNameProperty().set("remote");
        model.serverCommandProperty().set("ignored for http");
        model.serverUrlProperty().set(" https://mcp.example.com/mcp ");
        model.serverPairsProperty().set("Authorization=Bearer {{secret:T}}");
        model.registerServer();
        assertThat(registered.get(1).command()).isNull();
        assertThat(registered.get(1).url()).isEqualTo("https://mcp.example.com/mcp");
        assertThat(registered.get(1).headers()).containsEntry("Authorization", "Bearer {{secret:T}}");
        assertThat(registered.get(1).env()).isNull();

        model.deleteServer(new McpServerView("s9", "old", "stdio", null, null, null, null, "connected", null, null,
                null, null));
        assertThat(invoked).contains("delete s9");
        assertThat(model.serverMessageProperty().get()).isEqualTo("Removed old and its tools.");
    }

    @Test
    void aRefusedRegistrationNamesEveryFieldAndKeepsTheForm() {
        refuse = new ApiCallException(400, new io.switchboard.api.problem.Problem(null, "Bad Request", 400,
                "The request is invalid", null, List.of(new io.switchboard.api.problem.Problem.FieldError("name",
                "must be 1-40 letters, digits or '-'"))), "The request is invalid");
        model.serverNameProperty().set("no spaces please");
        model.serverCommandProperty().set("npx x");
        model.registerServer();

        assertThat(model.serverMessageProperty().get()).isEqualTo("name must be 1-40 letters, digits or '-'");
        assertThat(model.serverNameProperty().get()).isEqualTo("no spaces please");
        assertThat(McpServerForm.words("  a \"b c\"  \"\" d")).containsExactly("a", "b c", "", "d");
    }
}
