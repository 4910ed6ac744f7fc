package io.switchboard.it;

import static io.switchboard.it.A2aProtocolIT.code;
import static io.switchboard.it.A2aProtocolIT.message03;
import static io.switchboard.it.A2aProtocolIT.result;
import static io.switchboard.it.A2aProtocolIT.rpc;
import static io.switchboard.it.A2aProtocolIT.send03;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Push notifications delivered by the running platform to a real webhook (an HTTP server in this test, on
 * loopback, which the test server allow-lists): registration in both protocol versions, authentication,
 * retries, and refusal of internal addresses.
 */
class A2aPushIT {

    private static final String ECHO = "/a2a/agents/00000000-0000-4000-8000-000000000001";
    private static final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private static final AtomicInteger failuresToGo = new AtomicInteger();
    private static HttpServer webhook;
    private static String hookUrl;
    private static Api api;
    private static String token;

    @BeforeAll
    static void startWebhook() throws IOException {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean fail = failuresToGo.getAndDecrement() > 0;
            deliveries.add(new Delivery(fail ? 503 : 200, exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("X-A2A-Notification-Token"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    Json.createReader(new StringReader(body)).readObject()));
            exchange.sendResponseHeaders(fail ? 503 : 200, -1);
            exchange.close();
        });
        webhook.start();
        hookUrl = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook";
        api = SharedPlatform.api();
        token = SharedPlatform.adminToken();
    }

    @AfterAll
    static void stopWebhook() {
        webhook.stop(0);
    }

    @BeforeEach
    void clear() {
        deliveries.clear();
        failuresToGo.set(0);
    }

    @Test
    void v03WebhookGivenWithTheMessageReceivesTheTaskAtEachChange() throws InterruptedException {
        String id = result(api.rpc(ECHO, token, null, rpc("message/send", "{\"message\":" + message03("slow: 2", null, null)
                + ",\"configuration\":{\"blocking\":false,\"pushNotificationConfig\":{\"url\":\"" + hookUrl
                + "\",\"token\":\"t0k3n\",\"authentication\":{\"schemes\":[\"Bearer\"],\"credentials\":\"hook-secret\"}}}}")))
                .getString("id");

        Delivery last = await(d -> d.body().getString("id", "").equals(id)
                && d.body().getJsonObject("status").getString("state").equals("completed"));
        assertThat(last.contentType()).startsWith("application/json");
        assertThat(last.token()).isEqualTo("t0k3n");
        assertThat(last.authorization()).isEqualTo("Bearer hook-secret");
        assertThat(last.body().getString("kind")).isEqualTo("task");
        List<String> states = deliveries.stream().filter(d -> d.body().getString("id", "").equals(id))
                .map(d -> d.body().getJsonObject("status").getString("state")).toList();
        assertThat(states).as("in order").endsWith("completed").startsWith("working");
    }

    @Test
    void v03SetGetListDeleteOnAWaitingTask() throws InterruptedException {
        JsonObject asked = result(api.rpc(ECHO, token, null, send03("message/send", "ask: which port?", null, null)));
        String id = asked.getString("id");
        JsonObject set = result(api.rpc(ECHO, token, null, rpc("tasks/pushNotificationConfig/set", "{\"taskId\":\"" + id
                + "\",\"pushNotificationConfig\":{\"id\":\"mine\",\"url\":\"" + hookUrl + "\",\"token\":\"x\","
                + "\"authentication\":{\"schemes\":[\"Bearer\"],\"credentials\":\"never-returned\"}}}")));
        assertThat(set.getJsonObject("pushNotificationConfig").getString("id")).isEqualTo("mine");
        assertThat(set.toString()).doesNotContain("never-returned");

        assertThat(result(api.rpc(ECHO, token, null, rpc("tasks/pushNotificationConfig/get",
                "{\"id\":\"" + id + "\",\"pushNotificationConfigId\":\"mine\"}"))).getJsonObject("pushNotificationConfig")
                .getString("url")).isEqualTo(hookUrl);
        assertThat(api.rpc(ECHO, token, null, rpc("tasks/pushNotificationConfig/list", "{\"id\":\"" + id + "\"}"))
                .json().getJsonArray("result")).hasSize(1);

        api.rpc(ECHO, token, null, send03("message/send", "8080", id, asked.getString("contextId")));
        Delivery done = await(d -> d.body().getString("id", "").equals(id)
                && d.body().getJsonObject("status").getString("state").equals("completed"));
        assertThat(done.authorization()).isEqualTo("Bearer never-returned");

        assertThat(api.rpc(ECHO, token, null, rpc("tasks/pushNotificationConfig/delete",
                "{\"id\":\"" + id + "\",\"pushNotificationConfigId\":\"mine\"}")).json().isNull("result")).isTrue();
        assertThat(api.rpc(ECHO, token, null, rpc("tasks/pushNotificationConfig/list", "{\"id\":\"" + id + "\"}"))
                .json().getJsonArray("result")).isEmpty();
    }

    @Test
    void v10WebhookReceivesStatusUpdateStreamResponses() throws InterruptedException {
        JsonObject asked = result(api.rpc(ECHO, token, "1.0", rpc("SendMessage",
                "{\"message\":{\"messageId\":\"p1\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"ask: which day?\"}]}}")))
                .getJsonObject("task");
        String id = asked.getString("id");
        JsonObject created = result(api.rpc(ECHO, token, "1.0", rpc("CreateTaskPushNotificationConfig", "{\"taskId\":\"" + id
                + "\",\"url\":\"" + hookUrl + "\",\"token\":\"v1-token\",\"authentication\":{\"scheme\":\"Bearer\","
                + "\"credentials\":\"v1-secret\"}}")));
        assertThat(created.getString("id")).isNotBlank();
        JsonObject listed = result(api.rpc(ECHO, token, "1.0", rpc("ListTaskPushNotificationConfigs", "{\"taskId\":\"" + id + "\"}")));
        assertThat(listed.getJsonArray("configs")).hasSize(1);

        api.rpc(ECHO, token, "1.0", rpc("SendMessage", "{\"message\":{\"messageId\":\"p2\",\"taskId\":\"" + id
                + "\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"Monday\"}]}}"));
        Delivery done = await(d -> d.body().containsKey("statusUpdate")
                && d.body().getJsonObject("statusUpdate").getString("taskId").equals(id)
                && d.body().getJsonObject("statusUpdate").getJsonObject("status").getString("state").equals("TASK_STATE_COMPLETED"));
        assertThat(done.contentType()).startsWith("application/a2a+json");
        assertThat(done.token()).isEqualTo("v1-token");
        assertThat(done.authorization()).isEqualTo("Bearer v1-secret");

        assertThat(result(api.rpc(ECHO, token, "1.0", rpc("DeleteTaskPushNotificationConfig", "{\"taskId\":\"" + id
                + "\",\"id\":\"" + created.getString("id") + "\"}")))).isEmpty();
    }

    @Test
    void failedDeliveriesAreRetried() throws InterruptedException {
        failuresToGo.set(2);
        String id = result(api.rpc(ECHO, token, null, rpc("message/send", "{\"message\":" + message03("retry me", null, null)
                + ",\"configuration\":{\"pushNotificationConfig\":{\"url\":\"" + hookUrl + "\"}}}"))).getString("id");
        await(d -> d.status() == 200 && d.body().getString("id", "").equals(id));
        assertThat(deliveries.stream().filter(d -> d.status() == 503).count()).isEqualTo(2);
    }

    @Test
    void internalAddressesAreRefused() {
        JsonObject asked = result(api.rpc(ECHO, token, null, send03("message/send", "ask: ?", null, null)));
        for (String url : List.of("https://169.254.169.254/latest/meta-data", "https://10.0.0.8/hook",
                "http://example.com/plain-http")) {
            Api.Reply refused = api.rpc(ECHO, token, null, rpc("tasks/pushNotificationConfig/set", "{\"taskId\":\""
                    + asked.getString("id") + "\",\"pushNotificationConfig\":{\"url\":\"" + url + "\"}}"));
            assertThat(code(refused)).as(url).isEqualTo(-32602);
        }
    }

    private static Delivery await(Predicate<Delivery> wanted) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            for (Delivery delivery : deliveries) {
                if (wanted.test(delivery)) {
                    return delivery;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such delivery; received: " + deliveries);
    }

    private record Delivery(int status, String contentType, String token, String authorization, JsonObject body) {
    }
}
