package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Workflow runs as Jakarta Batch jobs on the real server: a tool node, a condition choosing a branch (the other
 * skipped), an agent node over A2A, transforms and outputs; an approval that waits, is approved or rejected, and
 * a rejected run restarted; inputs checked; every transition on the run's event history.
 */
class WorkflowRunsIT {

    private static Api api;
    private static String admin;

    @BeforeAll
    static void signIn() {
        api = SharedPlatform.api();
        admin = SharedPlatform.adminToken();
    }

    static String create(String body) {
        Api.Reply created = api.post("/api/workflows", admin, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("id");
    }

    static JsonObject start(String workflow, String inputs) {
        Api.Reply started = api.post("/api/workflows/" + workflow + "/runs", admin, "{\"inputs\":" + inputs + "}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return started.json();
    }

    static JsonObject await(String runId, String... states) throws InterruptedException {
        JsonObject run = null;
        for (int i = 0; i < 240; i++) {
            run = api.get("/api/runs/" + runId, admin).json();
            if (List.of(states).contains(run.getString("state"))) {
                return run;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("run " + runId + " did not reach " + List.of(states) + ": " + run);
    }

    static Map<String, String> nodeStates(JsonObject run) {
        return run.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(n -> n.getString("nodeId"), n -> n.getString("state")));
    }

    static final String BRANCHING = """
            {"name":"NAME","inputs":[{"name":"a","type":"number"}],
             "nodes":[{"id":"start","type":"start"},
                      {"id":"calc","type":"tool","config":{"tool":"calculator","arguments":{"expression":"${inputs.a} * 2"}}},
                      {"id":"check","type":"condition","config":{"expression":"${nodes.calc.output.result > 10}"}},
                      {"id":"big","type":"transform","config":{"template":"big: ${nodes.calc.output.result}"}},
                      {"id":"ask","type":"agent","config":{"agent":"tool","input":"what is ${inputs.a}% of 200"}},
                      {"id":"endBig","type":"end","config":{"output":{"message":"${nodes.big.output}"}}},
                      {"id":"endSmall","type":"end","config":{"output":{"answer":"${nodes.ask.output}"}}}],
             "edges":[{"from":"start","to":"calc"},{"from":"calc","to":"check"},
                      {"from":"check","to":"big","when":"true"},{"from":"check","to":"ask","when":"false"},
                      {"from":"big","to":"endBig"},{"from":"ask","to":"endSmall"}]}
            """;

    @Test
    void aConditionChoosesTheBranchAndTheOtherIsSkipped() throws Exception {
        String workflow = create(BRANCHING.replace("NAME", "branching-" + System.nanoTime()));

        JsonObject big = await(start(workflow, "{\"a\":7}").getString("id"), "completed", "failed");
        assertThat(big.getString("state")).as(big.toString()).isEqualTo("completed");
        assertThat(big.getJsonObject("output").getString("message")).isEqualTo("big: 14");
        assertThat(nodeStates(big)).containsEntry("calc", "completed").containsEntry("check", "completed")
                .containsEntry("big", "completed").containsEntry("ask", "skipped").containsEntry("endSmall", "skipped");

        JsonObject small = await(start(workflow, "{\"a\":3}").getString("id"), "completed", "failed");
        assertThat(small.getString("state")).as(small.toString()).isEqualTo("completed");
        assertThat(small.getJsonObject("output").getString("answer")).contains("3% of 200 = 6");
        assertThat(nodeStates(small)).containsEntry("ask", "completed").containsEntry("big", "skipped");

        List<String> history = api.get("/api/tasks/" + small.getString("id") + "/events", admin).structure()
                .asJsonArray().getValuesAs(JsonObject.class).stream().map(e -> e.getString("type")).toList();
        assertThat(history).containsSubsequence("run.queued", "run.started", "node.started", "node.completed",
                "node.skipped", "run.completed");
        assertThat(api.get("/api/runs?workflow=" + workflow, admin).structure().asJsonArray()).hasSize(2);
    }

    @Test
    void inputsAreCheckedBeforeARunStarts() {
        String workflow = create(BRANCHING.replace("NAME", "inputs-" + System.nanoTime()));
        Api.Reply missing = api.post("/api/workflows/" + workflow + "/runs", admin, "{\"inputs\":{\"b\":1}}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("inputs.a").contains("is required").contains("inputs.b");
        assertThat(api.get("/api/runs/no-such-run", admin).status()).isEqualTo(404);
    }

    @Test
    void anApprovalWaitsAndTheRunContinuesWhenApprovedOrFailsWhenRejected() throws Exception {
        String workflow = create("""
                {"name":"approve-%d","inputs":[{"name":"text","type":"string"}],
                 "nodes":[{"id":"start","type":"start"},
                          {"id":"draft","type":"agent","config":{"agent":"echo","input":"${inputs.text}"}},
                          {"id":"review","type":"approval","config":{"message":"Send ${nodes.draft.output}?"}},
                          {"id":"done","type":"end","config":{"output":"${nodes.draft.output}"}}],
                 "edges":[{"from":"start","to":"draft"},{"from":"draft","to":"review"},{"from":"review","to":"done"}]}
                """.formatted(System.nanoTime()));

        String approved = start(workflow, "{\"text\":\"hello approvals\"}").getString("id");
        JsonObject waiting = await(approved, "waiting", "failed");
        assertThat(waiting.getString("state")).as(waiting.toString()).isEqualTo("waiting");
        assertThat(nodeStates(waiting)).containsEntry("draft", "completed").containsEntry("review", "waiting");
        Api.Reply decided = api.post("/api/runs/" + approved + "/approvals/review", admin, "{\"approve\":true}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        JsonObject done = await(approved, "completed", "failed");
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("completed");
        assertThat(done.getString("output")).contains("hello approvals");
        assertThat(api.post("/api/runs/" + approved + "/approvals/review", admin, "{\"approve\":true}").status())
                .as("decided already").isEqualTo(409);

        String rejected = start(workflow, "{\"text\":\"no thanks\"}").getString("id");
        await(rejected, "waiting");
        assertThat(api.post("/api/runs/" + rejected + "/approvals/nowhere", admin, "{\"approve\":true}").status())
                .isEqualTo(404);
        assertThat(api.post("/api/runs/" + rejected + "/approvals/review", admin, "{\"approve\":false}").status())
                .isEqualTo(200);
        JsonObject failed = await(rejected, "failed", "completed");
        assertThat(failed.getString("state")).isEqualTo("failed");
        assertThat(failed.getString("error")).contains("review").contains("Rejected by admin");

        Api.Reply restarted = api.post("/api/runs/" + rejected + "/restart", admin, "");
        assertThat(restarted.status()).as(restarted.body()).isEqualTo(200);
        JsonObject again = await(rejected, "waiting", "failed");
        assertThat(again.getString("state")).as("the rejected approval asks again").isEqualTo("waiting");
        assertThat(again.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("nodeId").equals("draft")).findFirst().orElseThrow().getInt("attempts"))
                .as("the completed node did not run again").isEqualTo(1);
        Api.Reply stopped = api.post("/api/runs/" + rejected + "/stop", admin, "");
        assertThat(stopped.json().getString("state")).isEqualTo("stopped");
        assertThat(api.delete("/api/workflows/" + workflow, admin).status()).as("no run is going any more")
                .isEqualTo(204);

        // a stopped run restarts and continues where it stopped
        String workflow2 = create("""
                {"name":"restart-%d","nodes":[{"id":"start","type":"start"},{"id":"wait","type":"approval"},
                  {"id":"after","type":"transform","config":{"template":"after"}},{"id":"done","type":"end",
                  "config":{"output":"${nodes.after.output}"}}],
                 "edges":[{"from":"start","to":"wait"},{"from":"wait","to":"after"},{"from":"after","to":"done"}]}
                """.formatted(System.nanoTime()));
        String run = start(workflow2, "{}").getString("id");
        await(run, "waiting");
        assertThat(api.delete("/api/workflows/" + workflow2, admin).status()).as("a run is waiting").isEqualTo(409);
        assertThat(api.post("/api/runs/" + run + "/stop", admin, "").json().getString("state")).isEqualTo("stopped");
        assertThat(api.post("/api/runs/" + run + "/approvals/wait", admin, "{\"approve\":true}").status())
                .as("a stopped run takes no decision").isEqualTo(409);
        assertThat(api.post("/api/runs/" + run + "/restart", admin, "").status()).isEqualTo(200);
        await(run, "waiting");
        api.post("/api/runs/" + run + "/approvals/wait", admin, "{\"approve\":true}");
        JsonObject finished = await(run, "completed", "failed");
        assertThat(finished.getString("output")).isEqualTo("after");
    }

    @Test
    void aNodeWhoseAgentIsDisabledFailsTheRunWithAReasonAndOnFailureContinueGoesOn() throws Exception {
        String agent = "sleepy-" + System.nanoTime();
        assertThat(api.post("/api/agents", admin, "{\"name\":\"" + agent + "\",\"description\":\"Echoes\","
                + "\"specialist\":\"echo\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/agents/" + agent + "/disable", admin, "").status()).isEqualTo(200);
        String body = """
                {"name":"NAME","nodes":[{"id":"start","type":"start"},
                  {"id":"call","type":"agent","onFailure":"ON","retries":1,"retryBackoffMs":10,
                   "config":{"agent":"AGENT","input":"hi"}},
                  {"id":"done","type":"end","config":{"output":"reached"}}],
                 "edges":[{"from":"start","to":"call"},{"from":"call","to":"done"}]}
                """.replace("AGENT", agent);
        String failing = create(body.replace("NAME", "fails-" + agent).replace("ON", "fail"));
        JsonObject failed = await(start(failing, "{}").getString("id"), "failed", "completed");
        assertThat(failed.getString("state")).isEqualTo("failed");
        assertThat(failed.getString("error")).contains("call").contains("is not active");
        assertThat(failed.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("nodeId").equals("call")).findFirst().orElseThrow().getString("state"))
                .isEqualTo("failed");

        String going = create(body.replace("NAME", "continues-" + agent).replace("ON", "continue"));
        JsonObject completed = await(start(going, "{}").getString("id"), "completed", "failed");
        assertThat(completed.getString("state")).as(completed.toString()).isEqualTo("completed");
        assertThat(completed.getString("output")).isEqualTo("reached");
    }

    @Test
    void anAgentThatAWaitingRunCallsCannotBeDeleted() throws Exception {
        String agent = "reviewer-" + System.nanoTime();
        assertThat(api.post("/api/agents", admin, "{\"name\":\"" + agent + "\",\"description\":\"Drafts\","
                + "\"specialist\":\"echo\"}").status()).isEqualTo(201);
        String workflow = create("""
                {"name":"uses-%s","nodes":[{"id":"start","type":"start"},
                  {"id":"wait","type":"approval"},
                  {"id":"draft","type":"agent","config":{"agent":"%s","input":"hi"}},
                  {"id":"done","type":"end"}],
                 "edges":[{"from":"start","to":"wait"},{"from":"wait","to":"draft"},{"from":"draft","to":"done"}]}
                """.formatted(agent, agent));
        String run = start(workflow, "{}").getString("id");
        await(run, "waiting");

        Api.Reply refused = api.delete("/api/agents/" + agent, admin);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains(run).contains("still going");

        api.post("/api/runs/" + run + "/stop", admin, "");
        assertThat(api.delete("/api/agents/" + agent, admin).status()).isEqualTo(204);
    }
}
