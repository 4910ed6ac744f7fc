package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agent registry's lifecycle over HTTP: define an agent with skills and model settings (the API key never
 * comes back), change it (new versions), read its versions, roll back, disable and enable it, delete it.
 */
class AgentLifecycleIT {

    private static Api api;
    private static String admin;
    private static String viewer;

    @BeforeAll
    static void signIn() {
        api = SharedPlatform.api();
        admin = SharedPlatform.adminToken();
        String name = "lifecycle-viewer-" + System.nanoTime();
        api.post("/api/users", admin, "{\"username\":\"" + name + "\",\"password\":\"viewer-password-1\",\"roles\":[\"viewer\"]}");
        viewer = api.token(name, "viewer-password-1");
    }

    private static String definition(String name, String description, String apiKey) {
        return """
                {"name":"%s","description":"%s","specialist":"echo",
                 "skills":[{"id":"billing","name":"Billing questions","description":"Explains invoices and payments",
                            "tags":["billing"],"examples":["why was I charged twice"]}],
                 "systemPrompt":"You answer billing questions politely.",
                 "model":{"provider":"openai","model":"gpt-4o-mini","baseUrl":"http://127.0.0.1:1/v1"%s,
                          "temperature":0.2,"maxTokens":512},
                 "tools":["calculator"],"collections":["billing-docs"],
                 "memory":{"enabled":true,"windowMessages":10},"limits":{"timeoutSeconds":60,"maxSteps":4}}"""
                .formatted(name, description, apiKey == null ? "" : ",\"apiKey\":\"" + apiKey + "\"");
    }

    @Test
    void defineChangeVersionRollBackDisableAndDelete() {
        String name = "billing-bot-" + System.nanoTime();
        Api.Reply created = api.post("/api/agents", admin, definition(name, "first", "sk-secret-key-0000abcd"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject agent = created.json();
        String id = agent.getString("id");
        assertThat(agent.getInt("version")).isEqualTo(1);
        assertThat(agent.getString("specialist")).isEqualTo("echo");
        assertThat(agent.getJsonObject("model").getString("apiKeyHint")).isEqualTo("••••abcd");
        assertThat(agent.getJsonArray("skills").getJsonObject(0).getString("id")).isEqualTo("billing");
        assertThat(created.body()).doesNotContain("sk-secret-key");
        assertThat(api.get("/api/agents/" + id, viewer).body()).doesNotContain("sk-secret-key").contains("••••abcd");
        assertThat(api.get("/api/agents", viewer).structure().asJsonArray())
                .anySatisfy(a -> assertThat(a.asJsonObject().getString("name")).isEqualTo(name));

        JsonObject changed = api.put("/api/agents/" + id, admin, definition(name, "second", null)).json();
        assertThat(changed.getInt("version")).isEqualTo(2);
        assertThat(changed.getString("description")).isEqualTo("second");
        assertThat(changed.getJsonObject("model").getString("apiKeyHint")).as("the key is kept").isEqualTo("••••abcd");

        JsonArray versions = api.get("/api/agents/" + id + "/versions", viewer).structure().asJsonArray();
        assertThat(versions).hasSize(2);
        assertThat(versions.getJsonObject(0).getString("change")).isEqualTo("created");
        assertThat(versions.getJsonObject(0).getString("changedBy")).isEqualTo("admin");
        assertThat(versions.getJsonObject(1).getJsonObject("agent").getString("description")).isEqualTo("second");
        assertThat(api.get("/api/agents/" + id + "/versions/1", viewer).json().getJsonObject("agent")
                .getString("description")).isEqualTo("first");

        JsonObject rolledBack = api.post("/api/agents/" + id + "/rollback", admin, "{\"version\":1}").json();
        assertThat(rolledBack.getInt("version")).isEqualTo(3);
        assertThat(rolledBack.getString("description")).isEqualTo("first");
        assertThat(api.get("/api/agents/" + id + "/versions", viewer).structure().asJsonArray().getJsonObject(2)
                .getString("change")).isEqualTo("rolled-back");
        assertThat(api.post("/api/agents/" + id + "/rollback", admin, "{\"version\":99}").status()).isEqualTo(404);

        assertThat(api.post("/api/agents/" + id + "/disable", admin, "").json().getString("status")).isEqualTo("inactive");
        Api.Reply inactive = api.post("/api/execute-task", admin, "{\"agent\":\"" + name + "\",\"input\":\"hi\"}");
        assertThat(inactive.status()).isEqualTo(409);
        JsonObject stillDisabled = api.post("/api/agents/" + id + "/rollback", admin, "{\"version\":2}").json();
        assertThat(stillDisabled.getString("status")).as("a rollback does not enable").isEqualTo("inactive");
        assertThat(stillDisabled.getString("description")).isEqualTo("second");
        assertThat(api.post("/api/agents/" + id + "/enable", admin, "").json().getInt("version")).isEqualTo(6);

        JsonObject moved = api.put("/api/agents/" + id, admin, definition(name, "second", null)
                .replace("http://127.0.0.1:1/v1", "http://127.0.0.1:2/v1")).json();
        assertThat(moved.getJsonObject("model").getString("apiKeyHint", null))
                .as("a key is not kept for another base URL").isNull();
        JsonObject keyed = api.put("/api/agents/" + id, admin, definition(name, "second", "sk-test-abcd")).json();
        assertThat(keyed.getJsonObject("model").getString("apiKeyHint")).isEqualTo("••••abcd");

        JsonObject keyless = api.put("/api/agents/" + id, admin, definition(name, "second", "")).json();
        assertThat(keyless.getJsonObject("model").getString("apiKeyHint", null)).as("\"apiKey\": \"\" removes the key").isNull();
        JsonObject answered = api.post("/api/execute-task", admin, "{\"agent\":\"" + name + "\",\"input\":\"hi\"}").json();
        assertThat(answered.getString("output")).as("its specialist, echo, answers").isEqualTo("hi");

        assertThat(api.delete("/api/agents/" + id, admin).status()).isEqualTo(204);
        assertThat(api.get("/api/agents/" + id, admin).status()).isEqualTo(404);
    }

    @Test
    void invalidDefinitionsAndForbiddenChangesAreRefused() {
        Api.Reply invalid = api.post("/api/agents", admin, """
                {"name":"bad agent!","specialist":"wizard","model":{"provider":"skynet","temperature":7},
                 "limits":{"maxSteps":0}}""");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().getJsonArray("errors")).extracting(e -> e.asJsonObject().getString("field"))
                .contains("name", "specialist", "model.provider", "model.temperature", "limits.maxSteps");
        assertThat(api.post("/api/agents", viewer, definition("x-" + System.nanoTime(), "d", null)).status())
                .isEqualTo(403);
        assertThat(api.post("/api/agents", admin, definition("echo", "taken", null)).status()).isEqualTo(409);
        assertThat(api.delete("/api/agents/echo", admin).status()).isEqualTo(409);
        assertThat(api.put("/api/agents/tool", admin, definition("renamed-tool", "x", null)).status()).isEqualTo(409);
        assertThat(api.get("/api/agents/no-such-agent/versions", admin).status()).isEqualTo(404);
    }
}
