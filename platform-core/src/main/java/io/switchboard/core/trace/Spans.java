package io.switchboard.core.trace;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

/**
 * Spans for work that no interceptor sees (model calls inside LangChain4j, workflow nodes on their own threads).
 * The tracer is MicroProfile Telemetry's, looked up once through CDI; outside a container it is a no-op. Where the
 * OpenTelemetry API is not visible to the application (a deployment without third-party API visibility), the work
 * runs without a span: every OpenTelemetry type is used only inside {@link OpenTelemetrySpans}.
 */
public final class Spans {

    /** Work in a span; may throw what the work throws. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private static final boolean AVAILABLE = available();

    private Spans() {
    }

    /** Runs {@code work} in a new span (child of the current one), marked failed when the work throws. */
    public static <T, E extends Exception> T in(String name, Map<String, String> attributes, Work<T, E> work) throws E {
        return AVAILABLE ? OpenTelemetrySpans.in(name, attributes, work) : work.run();
    }

    /** The task carried over to another thread with the current trace context (and so the current span as parent). */
    public static <T> Callable<T> carried(Callable<T> task) {
        return AVAILABLE ? OpenTelemetrySpans.carried(task) : task;
    }

    /** Adds the W3C {@code traceparent} of the current span, if there is one, through {@code header}. */
    public static void propagate(BiConsumer<String, String> header) {
        if (AVAILABLE) {
            OpenTelemetrySpans.propagate(header);
        }
    }

    /** The current trace id, or null when no span is recording (telemetry off). */
    public static String traceId() {
        return AVAILABLE ? OpenTelemetrySpans.traceId() : null;
    }

    /** The current span id, or null when no span is recording. */
    public static String spanId() {
        return AVAILABLE ? OpenTelemetrySpans.spanId() : null;
    }

    private static boolean available() {
        try {
            Class.forName("io.opentelemetry.api.trace.Span", false, Spans.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
