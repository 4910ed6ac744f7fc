package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP backend in the test JVM for workflow nodes to call through an http tool: {@code GET /work/{node}?ms=N&fail=B}
 * waits N ms and answers {@code {"node": …}} (with status 500 when B is true). It counts the calls per node with their {@code Idempotency-Key}
 * headers and the most calls it had in flight at once (overall and per group: the part of a node name before a dot), so tests see which nodes ran, how often, and side by side.
 */
final class CountingBackend implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, List<String>> keysByNode = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final Map<String, AtomicInteger> groupInFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> groupMax = new ConcurrentHashMap<>();

    CountingBackend() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/work/", exchange -> {
            String node = exchange.getRequestURI().getPath().substring("/work/".length());
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            java.util.Map<String, String> params = new java.util.HashMap<>();
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
            long ms = Long.parseLong(params.getOrDefault("ms", "0"));
            boolean fail = "true".equals(params.get("fail"));
            keysByNode.computeIfAbsent(node, n -> new CopyOnWriteArrayList<>())
                    .add(String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
            String group = node.contains(".") ? node.substring(0, node.indexOf('.')) : "";
            AtomicInteger groupNow = groupInFlight.computeIfAbsent(group, g -> new AtomicInteger());
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            groupMax.computeIfAbsent(group, g -> new AtomicInteger()).accumulateAndGet(groupNow.incrementAndGet(),
                    Math::max);
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
                groupNow.decrementAndGet();
            }
            byte[] body = ("{\"node\":\"" + node + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(fail ? 500 : 200, body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException e) {
                // the caller gave up (a node timeout): nothing to answer
            }
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Registers an http tool {@code name} calling this backend: arguments {@code node} and {@code ms}. */
    void registerTool(Api api, String admin, String name) {
        Api.Reply created = api.post("/api/tools", admin, """
                {"name":"%s","kind":"http","description":"Does a node's work on the test backend",
                 "parameters":{"type":"object","properties":{"node":{"type":"string"},"ms":{"type":"integer"},
                   "fail":{"type":"boolean"}},"required":["node","ms"]},
                 "http":{"method":"GET","url":"%s/work/{node}","query":{"ms":"ms","fail":"fail"}},
                 "limits":{"timeoutMs":20000,"maxAttempts":1,"ratePerMinute":10000}}""".formatted(name, url()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    /** The idempotency keys of the calls node {@code node} made, in order. */
    List<String> calls(String node) {
        return new ArrayList<>(keysByNode.getOrDefault(node, List.of()));
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    /** The most calls in flight at once among nodes named {@code group.<something>}. */
    int maxInFlight(String group) {
        AtomicInteger max = groupMax.get(group);
        return max == null ? 0 : max.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
