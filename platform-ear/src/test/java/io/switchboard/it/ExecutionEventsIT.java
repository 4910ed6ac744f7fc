package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The execution log on the real server (no model): a routed request's steps persisted and readable per task,
 * streamed live over SSE, and a reconnect with Last-Event-ID continuing exactly after the last event seen.
 */
class ExecutionEventsIT {

    private static Api api;
    private static String admin;

    @BeforeAll
    static void signIn() {
        api = SharedPlatform.api();
        admin = SharedPlatform.adminToken();
    }

    private static String ask(String input) {
        Api.Reply reply = api.post("/api/execute-task", admin, "{\"input\":\"" + input + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getString("taskId");
    }

    private static boolean completes(List<Api.SseEvent> events, String taskId) {
        return events.stream().anyMatch(e -> e.name().startsWith("task.") && !e.name().equals("task.received")
                && !e.name().equals("task.routed") && taskId.equals(e.json().getString("taskId", "")));
    }

    @Test
    void aRoutedRequestLogsEveryStepInOrder() {
        String taskId = ask("what is 15% of 200");

        Api.Reply reply = api.get("/api/tasks/" + taskId + "/events", admin);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonObject> events = reply.structure().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(events).extracting(e -> e.getString("type")).containsExactly("task.received", "task.routed",
                "tool.call", "a2a.call", "task.completed");
        assertThat(events).allSatisfy(e -> assertThat(e.getString("taskId")).isEqualTo(taskId));
        JsonObject routed = events.get(1);
        assertThat(routed.getString("agent")).isEqualTo("tool");
        assertThat(routed.getJsonObject("data").getString("mode")).isEqualTo("embedding");
        assertThat(routed.getJsonObject("data").getJsonNumber("score").doubleValue()).isPositive();
        JsonObject tool = events.get(2).getJsonObject("data");
        assertThat(tool.getString("tool")).isEqualTo("calculator");
        assertThat(tool.getString("outcome")).isEqualTo("succeeded");
        JsonObject call = events.get(3).getJsonObject("data");
        assertThat(call.getString("target")).isEqualTo("tool");
        assertThat(call.getString("outcome")).isEqualTo("completed");
        assertThat(call.getJsonNumber("latencyMs").longValue()).isNotNegative();

        assertThat(api.get("/api/tasks/no-such-task/events", admin).status()).isEqualTo(404);
    }

    @Test
    void theStreamReplaysAfterAnIdAndAReconnectWithLastEventIdLosesNothing() {
        String taskId = ask("convert 3 miles to km");
        List<Api.SseEvent> all = api.liveEvents("/api/events?task=" + taskId + "&after=0", admin, Map.of(),
                events -> completes(events, taskId), Duration.ofSeconds(20)).events();
        assertThat(all).extracting(Api.SseEvent::name).containsExactly("task.received", "task.routed", "tool.call",
                "a2a.call", "task.completed");
        assertThat(all).extracting(e -> Long.parseLong(e.id())).isSorted().doesNotHaveDuplicates();

        List<Api.SseEvent> resumed = api.liveEvents("/api/events?task=" + taskId, admin,
                Map.of("Last-Event-ID", all.get(1).id()), events -> completes(events, taskId), Duration.ofSeconds(20))
                .events();
        assertThat(resumed).extracting(Api.SseEvent::id)
                .containsExactlyElementsOf(all.subList(2, all.size()).stream().map(Api.SseEvent::id).toList());
    }

    @Test
    void aLiveStreamShowsNewRequestsAsTheyHappenFilteredByType() throws Exception {
        CompletableFuture<List<Api.SseEvent>> live = CompletableFuture.supplyAsync(() -> api.liveEvents(
                "/api/events?type=task.", admin, Map.of(),
                events -> events.stream().anyMatch(e -> e.name().equals("task.completed")), Duration.ofSeconds(30))
                .events());
        Thread.sleep(1500); // the stream is open
        String taskId = ask("hello");

        List<Api.SseEvent> seen = live.get();
        assertThat(seen).extracting(Api.SseEvent::name).allMatch(n -> n.startsWith("task."));
        assertThat(seen).filteredOn(e -> taskId.equals(e.json().getString("taskId", ""))).extracting(Api.SseEvent::name)
                .containsExactly("task.received", "task.routed", "task.completed");
    }

    @Test
    void aBadLastEventIdIsAProblemAndTheStreamNeedsAToken() {
        Api.LiveEvents bad = api.liveEvents("/api/events", admin, Map.of("Last-Event-ID", "yesterday"), e -> true,
                Duration.ofSeconds(5));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body()).contains("Last-Event-ID");
        assertThat(api.liveEvents("/api/events", null, Map.of(), e -> true, Duration.ofSeconds(5)).status())
                .isEqualTo(401);
    }
}
