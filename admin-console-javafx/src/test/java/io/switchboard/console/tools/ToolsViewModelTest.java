package io.switchboard.console.tools;

import io.switchboard.api.client.ApiCallException;
import io.switchboard.api.client.ToolsApi;
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
    };
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
}
