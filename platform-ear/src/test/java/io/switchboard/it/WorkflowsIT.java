package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Workflow definitions on the real server: templates imported, definitions validated with every problem named
 * (Jakarta EL checked by the server's EL implementation), versions saved and diffed, export and import.
 */
class WorkflowsIT {

    private static Api api;
    private static String admin;
    private static String viewer;

    @BeforeAll
    static void signIn() {
        api = SharedPlatform.api();
        admin = SharedPlatform.adminToken();
        String name = "workflow-viewer-" + System.nanoTime();
        assertThat(api.post("/api/users", admin, "{\"username\":\"" + name + "\",\"password\":\"viewer-password-1\","
                + "\"roles\":[\"viewer\"]}").status()).isEqualTo(201);
        viewer = api.token(name, "viewer-password-1");
    }

    static String suffix() {
        return Long.toString(System.nanoTime());
    }

    @Test
    void theShippedTemplatesImportAsValidWorkflows() {
        Api.Reply templates = api.get("/api/workflow-templates", viewer);
        assertThat(templates.status()).isEqualTo(200);
        assertThat(templates.structure().asJsonArray().getValuesAs(JsonObject.class)).extracting(t -> t.getString("id"))
                .containsExactly("document-question-with-approval", "nightly-data-report", "triage-and-route");

        for (String id : List.of("document-question-with-approval", "nightly-data-report", "triage-and-route")) {
            String name = id + "-" + suffix();
            Api.Reply imported = api.post("/api/workflow-templates/" + id + "/import?name=" + name, admin, "");
            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
            assertThat(imported.location()).endsWith("/api/workflows/" + imported.json().getString("id"));
            assertThat(imported.json().getInt("currentVersion")).isEqualTo(1);
            assertThat(api.get("/api/workflows/" + name, viewer).json().getJsonObject("definition")
                    .getJsonArray("nodes")).isNotEmpty();
        }
        assertThat(api.post("/api/workflow-templates/no-such/import", admin, "").status()).isEqualTo(404);
        assertThat(api.post("/api/workflow-templates/triage-and-route/import", viewer, "").status()).isEqualTo(403);
    }

    @Test
    void anInvalidDefinitionIsRefusedWithEveryProblemNamedAndNothingIsStored() {
        String name = "broken-" + suffix();
        String body = """
                {"name":"%s","inputs":[{"name":"q","type":"string"}],
                 "nodes":[{"id":"start","type":"start"},
                          {"id":"ask","type":"agent","config":{"agent":"nobody","input":"${inputs.missing}"}},
                          {"id":"check","type":"condition","config":{"expression":"${1 +* 2}"}},
                          {"id":"calc","type":"tool","config":{"tool":"no_such_tool"}},
                          {"id":"done","type":"end"}],
                 "edges":[{"from":"start","to":"ask"},{"from":"ask","to":"check"},{"from":"check","to":"calc","when":"true"},
                          {"from":"calc","to":"ask"},{"from":"check","to":"done","when":"false"},{"from":"calc","to":"ghost"}]}
                """.formatted(name);
        Api.Reply refused = api.post("/api/workflows", admin, body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        List<String> problems = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ": " + e.getString("message")).toList();
        assertThat(problems).contains("nodes[ask].config.agent: no agent named 'nobody' is registered",
                "nodes[ask].config.input: reads input 'missing', which the workflow does not declare",
                "nodes[calc].config.tool: no tool named 'no_such_tool' is registered",
                "edges[5]: ends at 'ghost', which is not a node");
        assertThat(problems).anyMatch(p -> p.startsWith("nodes[check].config.expression: is not valid Jakarta EL"));
        assertThat(problems).anyMatch(p -> p.contains("is on a cycle"));
        assertThat(api.get("/api/workflows/" + name, admin).status()).isEqualTo(404);

        Api.Reply check = api.post("/api/workflows/validate", admin, body);
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().getBoolean("valid")).isFalse();
        assertThat(check.json().getJsonArray("problems")).hasSize(refused.json().getJsonArray("errors").size());

        Api.Reply notJson = api.postAs("/api/workflows", admin, "application/json", "{\"name\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.isProblem()).isTrue();
    }

    @Test
    void versionsAreImmutableAndDiffedAndExportImportsElsewhere() {
        String name = "report-" + suffix();
        JsonObject created = api.post("/api/workflow-templates/nightly-data-report/import?name=" + name, admin, "").json();
        String id = created.getString("id");
        JsonObject definition = created.getJsonObject("definition");

        var nodes = Json.createArrayBuilder();
        for (JsonObject node : definition.getJsonArray("nodes").getValuesAs(JsonObject.class)) {
            nodes.add(node.getString("id").equals("report") ? Json.createObjectBuilder(node).add("config",
                    Json.createObjectBuilder(node.getJsonObject("config")).add("agent", "data")).build() : node);
        }
        JsonObject changed = Json.createObjectBuilder(definition).add("description", "Reports written by the data specialist (v2)")
                .add("nodes", nodes).build();
        Api.Reply saved = api.post("/api/workflows/" + id + "/versions", admin,
                Json.createObjectBuilder().add("definition", changed).add("comment", "data agent writes it").build()
                        .toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().getInt("currentVersion")).isEqualTo(2);

        List<JsonObject> versions = api.get("/api/workflows/" + id + "/versions", viewer).structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(versions).extracting(v -> v.getInt("version")).containsExactly(1, 2);
        assertThat(versions.get(1).getString("comment")).isEqualTo("data agent writes it");
        JsonObject v1 = api.get("/api/workflows/" + id + "/versions/1", viewer).json();
        assertThat(v1.getJsonObject("definition").getString("description")).doesNotContain("(v2)");

        JsonObject diff = api.get("/api/workflows/" + id + "/diff?from=1&to=2", viewer).json();
        assertThat(diff.getJsonArray("changedFields").getString(0)).isEqualTo("description");
        assertThat(diff.getJsonArray("changedNodes").getString(0)).isEqualTo("report");
        assertThat(diff.getJsonArray("addedNodes")).isEmpty();
        assertThat(api.get("/api/workflows/" + id + "/versions/9", viewer).status()).isEqualTo(404);
        assertThat(api.get("/api/workflows/" + id + "/versions/two", viewer).status()).isEqualTo(400);

        Api.Reply exported = api.get("/api/workflows/" + id + "/export?version=1", viewer);
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.header("Content-Disposition")).contains(".workflow.json");
        Api.Reply duplicate = api.post("/api/workflows/import", admin, exported.body());
        assertThat(duplicate.status()).as("the name is taken").isEqualTo(409);
        Api.Reply copy = api.post("/api/workflows/import?name=" + name + "-copy", admin, exported.body());
        assertThat(copy.status()).as(copy.body()).isEqualTo(201);
        assertThat(copy.json().getJsonObject("definition").getJsonArray("nodes"))
                .isEqualTo(v1.getJsonObject("definition").getJsonArray("nodes"));

        assertThat(api.delete("/api/workflows/" + copy.json().getString("id"), viewer).status()).isEqualTo(403);
        assertThat(api.delete("/api/workflows/" + copy.json().getString("id"), admin).status()).isEqualTo(204);
        assertThat(api.get("/api/workflows/" + copy.json().getString("id"), admin).status()).isEqualTo(404);
        assertThat(api.get("/api/workflows", viewer).structure().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(w -> w.getString("name")).contains(name);
    }
}
