package io.switchboard.tools.invoke;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.problem.Problem;
import io.switchboard.api.tool.ToolInvocationResult;
import io.switchboard.api.user.Roles;
import io.switchboard.tools.audit.AuditRecord;
import io.switchboard.tools.audit.Redaction;
import io.switchboard.tools.audit.ToolAudit;
import io.switchboard.tools.schema.ArgumentSchemas;
import io.switchboard.tools.tool.ToolDefinition;
import io.switchboard.tools.tool.ToolRegistry;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The one way to run a tool, for every caller (REST, MCP, agents, workflows). In order: the tool must exist
 * and be enabled; the caller must be allowed to use it; the arguments must satisfy its JSON Schema (else
 * nothing runs, and every violation is listed); its rate limit must allow the call; then it runs with its
 * timeout per attempt, retried with exponential backoff and jitter on transient failures only. Every
 * outcome, refusals included, is written to the audit.
 */
@ApplicationScoped
public class ToolInvoker {

    private static final Logger LOG = Logger.getLogger(ToolInvoker.class.getName());

    @Inject
    ToolRegistry registry;

    @Inject
    ToolAudit audit;

    @Inject
    RateLimits rateLimits;

    @Inject
    ToolRunners runners;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /**
     * How long a tool may wait for a thread of the server's pool before it counts as failed; its own timeout
     * starts when it runs (see {@link TimeLimitedCall}).
     */
    static final Duration START_WITHIN = Duration.ofSeconds(30);

    Duration startWithin = START_WITHIN;

    /** Retry settings by number of attempts (a tool's retries differ only in that). */
    private final java.util.Map<Integer, RetryConfig> retryConfigs = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Runs the tool. A tool that ran and failed comes back as a {@code failed} result; refusals (unknown or
     * disabled tool, not allowed, invalid arguments, rate limit) are {@link PlatformException}s.
     */
    @WithSpan("tool.invoke")
    public ToolInvocationResult invoke(@SpanAttribute("switchboard.tool") String idOrName, JsonObject arguments,
                                       ToolCaller caller) {
        ToolDefinition tool = registry.definition(idOrName);
        JsonObject args = arguments == null ? JsonValue.EMPTY_JSON_OBJECT : arguments;
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
        long start = System.nanoTime();
        try {
            checkAllowed(tool, caller);
        } catch (PlatformException refused) {
            record(tool, caller, args, AuditRecord.REFUSED, refused.getMessage(), 0, start, started);
            throw refused;
        }
        List<Problem.FieldError> violations = ArgumentSchemas.violations(tool.parameters(), args);
        if (!violations.isEmpty()) {
            String detail = violations.stream().map(v -> v.field().isEmpty() ? v.message() : v.field() + ": " + v.message())
                    .collect(Collectors.joining("; "));
            record(tool, caller, args, AuditRecord.INVALID, detail, 0, start, started);
            throw PlatformException.invalid("tool-arguments-invalid",
                    "The arguments do not match the schema of tool '" + tool.name() + "': " + detail, violations);
        }
        if (!rateLimits.tryAcquire(tool)) {
            String message = "Tool '" + tool.name() + "' is limited to " + tool.ratePerMinute()
                    + " invocations per minute; try again shortly";
            record(tool, caller, args, AuditRecord.RATE_LIMITED, message, 0, start, started);
            throw PlatformException.tooManyRequests("tool-rate-limited", message, rateLimits.secondsUntilPermit(tool));
        }
        AtomicInteger attempts = new AtomicInteger();
        try {
            ToolOutput output = runWithRetries(tool, args, caller, attempts);
            String id = record(tool, caller, args, AuditRecord.SUCCEEDED, null, attempts.get(), start, started);
            return new ToolInvocationResult(id, tool.name(), ToolInvocationResult.SUCCEEDED, output.value(),
                    output.text(), null, attempts.get(), elapsedMs(start));
        } catch (ToolFailure failure) {
            String id = record(tool, caller, args, AuditRecord.FAILED, failure.getMessage(), attempts.get(), start,
                    started);
            return new ToolInvocationResult(id, tool.name(), ToolInvocationResult.FAILED, null, null,
                    failure.getMessage(), attempts.get(), elapsedMs(start));
        }
    }

    private void checkAllowed(ToolDefinition tool, ToolCaller caller) {
        if (!tool.enabled()) {
            throw PlatformException.conflict("tool-disabled", "Tool '" + tool.name() + "' is disabled");
        }
        if (ToolCaller.AGENT.equals(caller.type())) {
            boolean named = caller.allowedTools().contains(tool.name());
            boolean byWildcard = caller.allowedTools().contains(ToolCaller.ANY_TOOL)
                    && tool.invokeRoles().contains(Roles.AGENT);
            if (!named && !byWildcard) {
                throw PlatformException.forbidden("tool-not-allowed", "Agent '" + caller.name() + "' may not use tool '"
                        + tool.name() + "': " + (caller.allowedTools().contains(ToolCaller.ANY_TOOL)
                        ? "an agent that may use any tool reaches only the tools whose invoke roles include 'agent'"
                        : "it is not among the agent's tools"));
            }
            return;
        }
        Set<String> roles = caller.roles();
        if (tool.invokeRoles().stream().noneMatch(roles::contains)) {
            throw PlatformException.forbidden("tool-not-allowed", "Tool '" + tool.name() + "' may be invoked by "
                    + String.join(", ", tool.invokeRoles()) + "; you have " + (roles.isEmpty() ? "no role"
                    : String.join(", ", roles)));
        }
    }

    private ToolOutput runWithRetries(ToolDefinition tool, JsonObject args, ToolCaller caller, AtomicInteger attempts) {
        ToolRunner runner = runners.forKind(tool.kind());
        Retry retry = Retry.of("tool-" + tool.name(), retryConfigs.computeIfAbsent(Math.max(1, tool.maxAttempts()),
                n -> RetryConfig.custom()
                        .maxAttempts(n)
                        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(200), 2.0, 0.5,
                                Duration.ofSeconds(5)))
                        .retryOnException(e -> e instanceof TransientToolFailure)
                        .failAfterMaxAttempts(false)
                        .build()));
        return retry.executeSupplier(() -> attempt(runner, tool, args,
                new ToolCall(caller, Duration.ofMillis(tool.timeoutMs()), attempts.incrementAndGet())));
    }

    private ToolOutput attempt(ToolRunner runner, ToolDefinition tool, JsonObject args, ToolCall call) {
        if (runner.runsInCaller(tool)) {
            return runInCaller(runner, tool, args, call);
        }
        try {
            return TimeLimitedCall.call(executor, () -> runner.run(tool, args, call), call.timeout(), startWithin);
        } catch (TimeLimitedCall.NotStarted e) {
            // not retried: another attempt would wait as long again, and the caller has waited long enough
            throw new ToolFailure("Tool '" + tool.name() + "' could not start: the server is too busy ("
                    + e.getMessage() + ")");
        } catch (TimeoutException e) {
            throw new TransientToolFailure("Tool '" + tool.name() + "' did not finish within " + call.timeout().toMillis()
                    + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolFailure("Interrupted while tool '" + tool.name() + "' ran");
        } catch (CancellationException e) {
            throw new ToolFailure("Tool '" + tool.name() + "' was canceled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ToolFailure failure) {
                throw failure;
            }
            throw unexpected(tool, cause);
        }
    }

    private static ToolOutput runInCaller(ToolRunner runner, ToolDefinition tool, JsonObject args, ToolCall call) {
        try {
            return runner.run(tool, args, call);
        } catch (ToolFailure failure) {
            throw failure;
        } catch (Exception | StackOverflowError e) {
            throw unexpected(tool, e);
        }
    }

    private static ToolFailure unexpected(ToolDefinition tool, Throwable cause) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.WARNING, "Tool '" + tool.name() + "' failed unexpectedly (incident " + incident + ")", cause);
        return new ToolFailure("Tool '" + tool.name() + "' failed: " + describe(cause) + " (incident " + incident + ")");
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
    }

    private String record(ToolDefinition tool, ToolCaller caller, JsonObject args, String outcome, String error,
                          int attempts, long start, OffsetDateTime started) {
        String id = UUID.randomUUID().toString();
        try {
            audit.record(new AuditRecord(id, tool.id(), tool.name(), caller.type(), caller.name(), caller.taskId(),
                    caller.runId(), Redaction.redact(args).toString(), outcome, error, attempts, elapsedMs(start),
                    started));
        } catch (RuntimeException e) {
            // the audit must not turn a finished invocation into a failure; the log keeps what was lost
            LOG.log(Level.SEVERE, "Could not audit invocation " + id + " of tool '" + tool.name() + "' by "
                    + caller.type() + " " + caller.name() + " (" + outcome + ")", e);
        }
        return id;
    }

    private static long elapsedMs(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
