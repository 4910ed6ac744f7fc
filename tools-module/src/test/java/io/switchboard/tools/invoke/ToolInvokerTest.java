package io.switchboard.tools.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.api.problem.ErrorKind;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.tool.ToolInvocationResult;
import io.switchboard.tools.audit.AuditRecord;
import io.switchboard.tools.audit.ToolAudit;
import io.switchboard.tools.json.JsonValues;
import io.switchboard.tools.tool.ToolDefinition;
import io.switchboard.tools.tool.ToolRegistry;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ToolInvokerTest {

    private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"integer\",\"minimum\":0}},"
            + "\"required\":[\"n\"],\"additionalProperties\":false}";

    private static final int POOL_SIZE = 4;
    private final ExecutorService threads = Executors.newFixedThreadPool(POOL_SIZE);
    private final List<AuditRecord> audited = new ArrayList<>();
    private final AtomicInteger runs = new AtomicInteger();
    private ToolDefinition tool = tool(true, 1_000, 3, 0);
    private Behaviour behaviour = args -> ToolOutput.of(Json.createValue(args.getInt("n") * 2));
    private final ToolInvoker invoker = new ToolInvoker();
    private boolean inCaller;
    private final List<Thread> ranOn = new ArrayList<>();

    interface Behaviour {
        ToolOutput run(JsonObject args) throws Exception;
    }

    {
        invoker.registry = new ToolRegistry() {
            @Override
            public ToolDefinition definition(String idOrName) {
                if (!idOrName.equals(tool.name()) && !idOrName.equals(tool.id())) {
                    throw PlatformException.notFound("tool-not-found", "no " + idOrName);
                }
                return tool;
            }
        };
        invoker.audit = new ToolAudit() {
            @Override
            public void record(AuditRecord record) {
                audited.add(record);
            }
        };
        invoker.rateLimits = new RateLimits();
        invoker.runners = new ToolRunners() {
            @Override
            public ToolRunner forKind(String kind) {
                return new ToolRunner() {
                    @Override
                    public String kind() {
                        return kind;
                    }

                    @Override
                    public ToolOutput run(ToolDefinition t, JsonObject arguments, ToolCall call) throws Exception {
                        runs.incrementAndGet();
                        ranOn.add(Thread.currentThread());
                        return behaviour.run(arguments);
                    }

                    @Override
                    public boolean runsInCaller(ToolDefinition t) {
                        return inCaller;
                    }
                };
            }
        };
        invoker.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(threads, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private static ToolDefinition tool(boolean enabled, int timeoutMs, int attempts, int rate) {
        OffsetDateTime now = OffsetDateTime.now();
        return new ToolDefinition("t-1", "doubler", "doubles", "builtin", SCHEMA, null, enabled, true, timeoutMs, attempts,
                rate, List.of("admin", "operator"), null, null, now, now);
    }

    private static JsonObject args(String json) {
        return JsonValues.parseObject(json);
    }

    private final ToolCaller operator = ToolCaller.user("olga", Set.of("operator"));

    @Test
    void aValidCallRunsAndIsAudited() {
        ToolInvocationResult result = invoker.invoke("doubler", args("{\"n\":21}"), operator);
        assertThat(result.succeeded()).isTrue();
        assertThat(result.output().toString()).isEqualTo("42");
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(audited).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AuditRecord.SUCCEEDED);
            assertThat(a.caller()).isEqualTo("olga");
            assertThat(a.callerType()).isEqualTo("user");
            assertThat(a.arguments()).isEqualTo("{\"n\":21}");
            assertThat(a.id()).isEqualTo(result.invocationId());
        });
    }

    @Test
    void schemaViolationsNeverReachTheTool() {
        assertThatThrownBy(() -> invoker.invoke("doubler", args("{\"n\":-1,\"extra\":true}"), operator))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                    assertThat(e.errors()).extracting(f -> f.field()).containsExactly("extra", "n");
                });
        assertThatThrownBy(() -> invoker.invoke("doubler", args("{}"), operator)).isInstanceOf(PlatformException.class);
        assertThat(runs).hasValue(0);
        assertThat(audited).extracting(AuditRecord::outcome).containsExactly(AuditRecord.INVALID, AuditRecord.INVALID);
    }

    @Test
    void callersNeedARoleOrTheAgentsToolList() {
        assertThatThrownBy(() -> invoker.invoke("doubler", args("{\"n\":1}"), ToolCaller.user("vera", Set.of("viewer"))))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
        assertThatThrownBy(() -> invoker.invoke("doubler", args("{\"n\":1}"), ToolCaller.agent("bot", Set.of("other"), "task-1")))
                .hasMessageContaining("Agent 'bot' may not use tool 'doubler'");
        assertThat(invoker.invoke("doubler", args("{\"n\":1}"), ToolCaller.agent("bot", Set.of("doubler"), "task-1"))
                .succeeded()).isTrue();
        assertThatThrownBy(() -> invoker.invoke("doubler", args("{\"n\":1}"), ToolCaller.agent("tools", Set.of("*"), "t")))
                .as("'*' reaches only tools that agents may invoke").hasMessageContaining("invoke roles include 'agent'");
        tool = new ToolDefinition("t-1", "doubler", "doubles", "builtin", SCHEMA, null, true, true, 1_000, 1, 0,
                List.of("admin", "agent"), null, null, OffsetDateTime.now(), OffsetDateTime.now());
        assertThat(invoker.invoke("doubler", args("{\"n\":1}"), ToolCaller.agent("tools", Set.of("*"), "task-2"))
                .succeeded()).isTrue();
        assertThat(runs).hasValue(2);
        assertThat(audited).extracting(AuditRecord::outcome).containsExactly(AuditRecord.REFUSED, AuditRecord.REFUSED,
                AuditRecord.SUCCEEDED, AuditRecord.REFUSED, AuditRecord.SUCCEEDED);
        assertThat(audited.get(2).taskId()).isEqualTo("task-1");
    }

    @Test
    void disabledToolsAndUnknownToolsAreRefused() {
        tool = tool(false, 1_000, 1, 0);
        assertThatThrownBy(() -> invoker.invoke("doubler", args("{\"n\":1}"), operator))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("tool-disabled"));
        assertThatThrownBy(() -> invoker.invoke("nothing", args("{}"), operator))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
        assertThat(runs).hasValue(0);
    }

    @Test
    void transientFailuresAreRetriedOthersAreNot() {
        AtomicInteger calls = new AtomicInteger();
        behaviour = a -> {
            if (calls.incrementAndGet() < 3) {
                throw new TransientToolFailure("connection refused");
            }
            return ToolOutput.of(Json.createValue("ok"));
        };
        ToolInvocationResult result = invoker.invoke("doubler", args("{\"n\":1}"), operator);
        assertThat(result.succeeded()).isTrue();
        assertThat(result.attempts()).isEqualTo(3);

        calls.set(0);
        behaviour = a -> {
            calls.incrementAndGet();
            throw new ToolFailure("division by zero");
        };
        ToolInvocationResult failed = invoker.invoke("doubler", args("{\"n\":1}"), operator);
        assertThat(failed.status()).isEqualTo(ToolInvocationResult.FAILED);
        assertThat(failed.error()).isEqualTo("division by zero");
        assertThat(calls).hasValue(1);
        assertThat(audited.get(audited.size() - 1).outcome()).isEqualTo(AuditRecord.FAILED);
    }

    @Test
    void waitingForABusyPoolDoesNotCountAgainstTheTimeoutButNoThreadAtAllFailsWithoutRetry() throws Exception {
        tool = tool(true, 200, 3, 0);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<?>> busy = new ArrayList<>();
        for (int i = 0; i < POOL_SIZE; i++) {
            busy.add(threads.submit(() -> {
                Thread.sleep(400); // longer than the tool's timeout
                return null;
            }));
        }
        ToolInvocationResult queued = invoker.invoke("doubler", args("{\"n\":4}"), operator);
        assertThat(queued.succeeded()).as(queued.error()).isTrue();
        assertThat(queued.attempts()).isEqualTo(1);
        for (var task : busy) {
            task.get();
        }

        for (int i = 0; i < POOL_SIZE; i++) {
            threads.submit(() -> {
                release.await();
                return null;
            });
        }
        invoker.startWithin = java.time.Duration.ofMillis(100);
        runs.set(0);
        ToolInvocationResult starved = invoker.invoke("doubler", args("{\"n\":4}"), operator);
        release.countDown();
        assertThat(starved.status()).isEqualTo(ToolInvocationResult.FAILED);
        assertThat(starved.error()).contains("could not start", "too busy");
        assertThat(starved.attempts()).as("not retried").isEqualTo(1);
        assertThat(runs).as("withdrawn, never run").hasValue(0);
    }

    @Test
    void slowAttemptsTimeOutAndUnexpectedErrorsGetAnIncident() {
        tool = tool(true, 200, 1, 0);
        behaviour = a -> {
            Thread.sleep(5_000);
            return ToolOutput.of(Json.createValue("late"));
        };
        ToolInvocationResult slow = invoker.invoke("doubler", args("{\"n\":1}"), operator);
        assertThat(slow.error()).contains("did not finish within 200 ms");
        assertThat(slow.durationMs()).isLessThan(4_000);

        behaviour = a -> {
            throw new IllegalStateException("boom\nat line 2");
        };
        assertThat(invoker.invoke("doubler", args("{\"n\":1}"), operator).error()).contains("boom", "incident")
                .doesNotContain("line 2");
    }

    @Test
    void inMemoryToolsRunOnTheCallersThreadAndTheirErrorsGetAnIncidentToo() {
        invoker.invoke("doubler", args("{\"n\":1}"), operator);
        assertThat(ranOn.get(0)).as("others run on an executor thread").isNotSameAs(Thread.currentThread());

        inCaller = true;
        ToolInvocationResult doubled = invoker.invoke("doubler", args("{\"n\":4}"), operator);
        assertThat(doubled.status()).isEqualTo(ToolInvocationResult.SUCCEEDED);
        assertThat(doubled.output().toString()).isEqualTo("8");
        assertThat(ranOn.get(1)).isSameAs(Thread.currentThread());

        behaviour = a -> {
            throw new IllegalStateException("bad\nsecond line");
        };
        ToolInvocationResult failed = invoker.invoke("doubler", args("{\"n\":1}"), operator);
        assertThat(failed.status()).isEqualTo(ToolInvocationResult.FAILED);
        assertThat(failed.error()).contains("bad", "incident").doesNotContain("second line");
        assertThat(audited.get(audited.size() - 1).outcome()).isEqualTo(AuditRecord.FAILED);
    }

    @Test
    void theRateLimitRefusesWithRetryAfter() {
        tool = tool(true, 1_000, 1, 2);
        invoker.invoke("doubler", args("{\"n\":1}"), operator);
        invoker.invoke("doubler", args("{\"n\":1}"), operator);
        assertThatThrownBy(() -> invoker.invoke("doubler", args("{\"n\":1}"), operator))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.TOO_MANY_REQUESTS);
                    assertThat(e.retryAfterSeconds()).isBetween(1, 60);
                });
        assertThat(runs).hasValue(2);
        assertThat(audited.get(2).outcome()).isEqualTo(AuditRecord.RATE_LIMITED);
    }
}
