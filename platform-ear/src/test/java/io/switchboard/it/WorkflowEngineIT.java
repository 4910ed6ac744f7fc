package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workflow engine on the real server: parallel branches run side by side (the backend sees them in flight
 * together, each with its idempotency key), a map's items with their concurrency limit, the document-question
 * template (retrieve, agent, approval) end to end, a node timeout failing a slow node, retries and restarts with
 * new idempotency keys, an approval timeout deciding by itself, and a cron schedule firing runs until disabled.
 */
class WorkflowEngineIT {

    private static Api api;
    private static String admin;
    private static CountingBackend backend;
    private static final String TOOL = "node_work_" + System.nanoTime();

    @BeforeAll
    static void setUp() {
        api = SharedPlatform.api();
        admin = SharedPlatform.adminToken();
        WorkflowRunsIT.signIn(); // its helpers create, start and await runs
        backend = new CountingBackend();
        backend.registerTool(api, admin, TOOL);
    }

    @AfterAll
    static void tearDown() {
        backend.close();
    }

    private static String work(String id, String node, int ms, String extra) {
        return """
                {"id":"%s","type":"tool"%s,"config":{"tool":"%s","arguments":{"node":"%s","ms":%d}}}"""
                .formatted(id, extra, TOOL, node, ms);
    }

    @Test
    void parallelBranchesRunSideBySide() throws Exception {
        String tag = "par" + System.nanoTime();
        String workflow = WorkflowRunsIT.create("""
                {"name":"%s","nodes":[{"id":"start","type":"start"},{"id":"fan","type":"parallel"},
                  %s,%s,%s,
                  {"id":"join","type":"join"},
                  {"id":"done","type":"end","config":{"output":"${nodes.a.output.body.node} ${nodes.b.output.body.node} ${nodes.c.output.body.node}"}}],
                 "edges":[{"from":"start","to":"fan"},{"from":"fan","to":"a"},{"from":"fan","to":"b"},
                  {"from":"fan","to":"c"},{"from":"a","to":"join"},{"from":"b","to":"join"},{"from":"c","to":"join"},
                  {"from":"join","to":"done"}]}
                """.formatted(tag, work("a", tag + "-a", 1500, ""), work("b", tag + "-b", 1500, ""),
                work("c", tag + "-c", 1500, "")));
        String run = WorkflowRunsIT.start(workflow, "{}").getString("id");
        JsonObject done = WorkflowRunsIT.await(run, "completed", "failed");
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("completed");
        assertThat(done.getString("output")).isEqualTo(tag + "-a " + tag + "-b " + tag + "-c");

        assertThat(backend.maxInFlight()).as("the three branches were in flight at once").isGreaterThanOrEqualTo(3);
        Map<String, JsonObject> nodes = done.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(n -> n.getString("nodeId"), n -> n));
        Instant latestStart = List.of("a", "b", "c").stream().map(id -> Instant.parse(nodes.get(id).getString("startedAt")))
                .max(Instant::compareTo).orElseThrow();
        Instant earliestEnd = List.of("a", "b", "c").stream().map(id -> Instant.parse(nodes.get(id).getString("endedAt")))
                .min(Instant::compareTo).orElseThrow();
        assertThat(latestStart).as("every branch started before the first one ended").isBefore(earliestEnd);
        for (String id : List.of("a", "b", "c")) {
            assertThat(backend.calls(tag + "-" + id)).containsExactly(run + ":" + id + ":0.0");
        }
    }

    @Test
    void aMapRunsItsSubPathPerItemWithItsConcurrencyLimit() throws Exception {
        String tag = "map" + System.nanoTime();
        String workflow = WorkflowRunsIT.create("""
                {"name":"%s","inputs":[{"name":"ids","type":"array"}],
                 "nodes":[{"id":"start","type":"start"},
                  {"id":"each","type":"map","config":{"items":"${inputs.ids}","concurrency":2}},
                  {"id":"fetch","type":"tool","config":{"tool":"%s","arguments":{"node":"%s.${item}","ms":1500}}},
                  {"id":"shape","type":"transform","config":{"template":"${index}:${nodes.fetch.output.body.node}"}},
                  {"id":"done","type":"end","config":{"output":"${nodes.each.output}"}}],
                 "edges":[{"from":"start","to":"each"},{"from":"each","to":"fetch","when":"item"},
                  {"from":"fetch","to":"shape"},{"from":"shape","to":"each"},{"from":"each","to":"done"}]}
                """.formatted(tag, TOOL, tag));
        String run = WorkflowRunsIT.start(workflow, "{\"ids\":[\"a\",\"b\",\"c\",\"d\"]}").getString("id");
        JsonObject done = WorkflowRunsIT.await(run, "completed", "failed");
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("completed");
        assertThat(done.getJsonArray("output").getValuesAs(jakarta.json.JsonString.class)).extracting(s -> s.getString())
                .containsExactly("0:" + tag + ".a", "1:" + tag + ".b", "2:" + tag + ".c", "3:" + tag + ".d");
        assertThat(backend.maxInFlight(tag)).as("two items at a time, not one, not four").isEqualTo(2);
        assertThat(backend.calls(tag + ".c")).containsExactly(run + ":each:2:fetch:0.0");
        assertThat(WorkflowRunsIT.nodeStates(done)).containsOnlyKeys("start", "each", "done");
    }

    @Test
    void theDocumentQuestionTemplateRetrievesAnswersWaitsForApprovalAndCompletes() throws Exception {
        String collection = "handbook-" + System.nanoTime();
        String collectionId = api.post("/api/collections", admin, "{\"name\":\"" + collection + "\"}").json()
                .getString("id");
        Api.Reply uploaded = api.upload("/api/collections/" + collectionId + "/documents", admin, List.of(
                KnowledgeDocuments.text("refunds.md", "text/markdown", "# Refunds\n\nCustomers may return any product "
                        + "within 30 days for a full refund. Refunds reach the original card within 5 business days.\n")));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(202);
        for (int i = 0; i < 200 && api.get("/api/collections/" + collectionId + "/ingestion", admin).json()
                .getInt("documentsDone") < 1; i++) {
            Thread.sleep(100);
        }
        String name = "ask-" + System.nanoTime();
        Api.Reply imported = api.post("/api/workflow-templates/document-question-with-approval/import?name=" + name,
                admin, "");
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String run = WorkflowRunsIT.start(imported.json().getString("id"),
                "{\"question\":\"How long do refunds take?\",\"collection\":\"" + collection + "\"}").getString("id");
        JsonObject waiting = WorkflowRunsIT.await(run, "waiting", "failed", "completed");
        assertThat(waiting.getString("state")).as(waiting.toString()).isEqualTo("waiting");
        assertThat(WorkflowRunsIT.nodeStates(waiting)).containsEntry("search", "completed")
                .containsEntry("answer", "completed").containsEntry("review", "waiting");

        assertThat(api.post("/api/runs/" + run + "/approvals/review", admin, "{\"approve\":true}").status())
                .isEqualTo(200);
        JsonObject done = WorkflowRunsIT.await(run, "completed", "failed");
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("completed");
        JsonObject output = done.getJsonObject("output");
        assertThat(output.getString("answer")).as("the document agent's answer").isNotBlank();
        JsonObject passage = output.getJsonArray("passages").getJsonObject(0);
        assertThat(passage.getString("document")).isEqualTo("refunds.md");
        assertThat(passage.getString("text")).contains("5 business days");
    }

    @Test
    void aNodeThatOutlivesItsTimeoutFailsTheRun() throws Exception {
        String tag = "slow" + System.nanoTime();
        String workflow = WorkflowRunsIT.create("""
                {"name":"%s","nodes":[{"id":"start","type":"start"},%s,{"id":"done","type":"end"}],
                 "edges":[{"from":"start","to":"slow"},{"from":"slow","to":"done"}]}
                """.formatted(tag, work("slow", tag, 6000, ",\"timeoutSeconds\":1,\"retries\":1,\"retryBackoffMs\":10")));
        long began = System.nanoTime();
        JsonObject failed = WorkflowRunsIT.await(WorkflowRunsIT.start(workflow, "{}").getString("id"), "failed",
                "completed");
        assertThat(failed.getString("state")).isEqualTo("failed");
        assertThat(failed.getString("error")).contains("slow").contains("Timed out after 1 s");
        assertThat((System.nanoTime() - began) / 1_000_000).as("did not wait for the backend").isLessThan(5500);
        String run = failed.getString("id");
        assertThat(backend.calls(tag)).as("the retry after a timeout keeps the key: the first call may still land")
                .containsExactly(run + ":slow:0.0", run + ":slow:0.0");
    }

    @Test
    void retriesAfterFailuresAndRestartsGetNewIdempotencyKeys() throws Exception {
        String tag = "flaky" + System.nanoTime();
        String workflow = WorkflowRunsIT.create("""
                {"name":"%s","nodes":[{"id":"start","type":"start"},
                  {"id":"call","type":"tool","retries":1,"retryBackoffMs":10,
                   "config":{"tool":"%s","arguments":{"node":"%s","ms":0,"fail":true}}},
                  {"id":"done","type":"end"}],
                 "edges":[{"from":"start","to":"call"},{"from":"call","to":"done"}]}
                """.formatted(tag, TOOL, tag));
        String run = WorkflowRunsIT.start(workflow, "{}").getString("id");
        assertThat(WorkflowRunsIT.await(run, "failed", "completed").getString("state")).isEqualTo("failed");
        assertThat(api.post("/api/runs/" + run + "/restart", admin, "").status()).isEqualTo(200);
        assertThat(WorkflowRunsIT.await(run, "failed", "completed").getString("state")).isEqualTo("failed");
        assertThat(backend.calls(tag)).containsExactly(run + ":call:0.0", run + ":call:0.1", run + ":call:1.0",
                run + ":call:1.1");
    }

    @Test
    void anApprovalWhoseTimeoutPassesIsDecidedByItsOnTimeout() throws Exception {
        String workflow = WorkflowRunsIT.create("""
                {"name":"timeout-%d","nodes":[{"id":"start","type":"start"},
                  {"id":"ok","type":"approval","timeoutSeconds":1,"config":{"onTimeout":"approve"}},
                  {"id":"done","type":"end","config":{"output":"${nodes.ok.output.by}"}}],
                 "edges":[{"from":"start","to":"ok"},{"from":"ok","to":"done"}]}
                """.formatted(System.nanoTime()));
        String run = WorkflowRunsIT.start(workflow, "{}").getString("id");
        WorkflowRunsIT.await(run, "waiting", "completed");
        JsonObject done = WorkflowRunsIT.await(run, "completed", "failed");
        assertThat(done.getString("state")).isEqualTo("completed");
        assertThat(done.getString("output")).isEqualTo("timeout");
    }

    @Test
    void aCronScheduleFiresRunsUntilItIsDisabled() throws Exception {
        String name = "scheduled-" + System.nanoTime();
        String workflow = WorkflowRunsIT.create("""
                {"name":"%s","inputs":[{"name":"who","type":"string"}],
                 "nodes":[{"id":"start","type":"start"},{"id":"done","type":"end","config":{"output":"hi ${inputs.who}"}}],
                 "edges":[{"from":"start","to":"done"}]}""".formatted(name));
        String path = "/api/workflows/" + workflow + "/schedules";

        Api.Reply badCron = api.post(path, admin, "{\"cron\":\"61 * * * *\",\"inputs\":{\"who\":\"x\"}}");
        assertThat(badCron.status()).isEqualTo(400);
        assertThat(badCron.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("cron");
        Api.Reply badZone = api.post(path, admin, "{\"cron\":\"* * * * *\",\"timeZone\":\"Nowhere/City\",\"inputs\":{\"who\":\"x\"}}");
        assertThat(badZone.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("timeZone");
        assertThat(api.post(path, admin, "{\"cron\":\"* * * * *\",\"inputs\":{}}").body()).contains("inputs.who");
        assertThat(api.post(path, admin, "{\"cron\":\"* * * * *\",\"misfirePolicy\":\"later\",\"inputs\":{\"who\":\"x\"}}")
                .body()).contains("misfirePolicy");

        Api.Reply created = api.post(path, admin, "{\"cron\":\"*/2 * * * * *\",\"inputs\":{\"who\":\"cron\"}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject schedule = created.json();
        List<Instant> next = schedule.getJsonArray("nextFireTimes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(s -> java.time.OffsetDateTime.parse(s.getString()).toInstant()).toList();
        assertThat(next).hasSize(5);
        assertThat(java.time.Duration.between(next.get(0), next.get(1))).hasSeconds(2);
        assertThat(schedule.getString("misfirePolicy")).isEqualTo("fire-once");

        String one = path + "/" + schedule.getString("id");
        JsonObject fired = null;
        for (int i = 0; i < 80 && (fired == null || !fired.containsKey("lastRunId")
                || fired.isNull("lastRunId")); i++) {
            Thread.sleep(250);
            fired = api.get(one, admin).json();
        }
        assertThat(fired.isNull("lastRunId")).as("fired within 20 s: " + fired).isFalse();
        JsonObject run = WorkflowRunsIT.await(fired.getString("lastRunId"), "completed", "failed");
        assertThat(run.getString("output")).isEqualTo("hi cron");
        assertThat(run.getString("startedBy")).isEqualTo("admin");

        Api.Reply disabled = api.put(one, admin, "{\"cron\":\"*/2 * * * * *\",\"enabled\":false,\"inputs\":{\"who\":\"cron\"}}");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().getJsonArray("nextFireTimes")).isEmpty();
        Thread.sleep(6000); // a firing claimed just before the change may still be going
        int runs = api.get("/api/runs?workflow=" + workflow, admin).structure().asJsonArray().size();
        Thread.sleep(7000);
        assertThat(api.get("/api/runs?workflow=" + workflow, admin).structure().asJsonArray().size())
                .as("no run after the schedule was disabled").isEqualTo(runs);
        assertThat(api.delete(one, admin).status()).isEqualTo(204);
        assertThat(api.get(one, admin).status()).isEqualTo(404);
    }
}
