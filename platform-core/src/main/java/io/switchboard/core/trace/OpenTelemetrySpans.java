package io.switchboard.core.trace;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

/** What {@link Spans} does when the OpenTelemetry API is there. */
final class OpenTelemetrySpans {

    private static volatile Tracer tracer;

    private OpenTelemetrySpans() {
    }

    static <T, E extends Exception> T in(String name, Map<String, String> attributes, Spans.Work<T, E> work) throws E {
        Span span = tracer().spanBuilder(name).startSpan();
        attributes.forEach((key, value) -> {
            if (value != null) {
                span.setAttribute(key, value);
            }
        });
        try (Scope ignored = span.makeCurrent()) {
            return work.run();
        } catch (RuntimeException | Error e) {
            fail(span, e);
            throw e;
        } catch (Exception e) {
            fail(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    static <T> Callable<T> carried(Callable<T> task) {
        return Context.current().wrap(task);
    }

    static void propagate(BiConsumer<String, String> header) {
        W3CTraceContextPropagator.getInstance().inject(Context.current(), header, (h, key, value) -> h.accept(key, value));
    }

    static String traceId() {
        var context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }

    static String spanId() {
        var context = Span.current().getSpanContext();
        return context.isValid() ? context.getSpanId() : null;
    }

    private static void fail(Span span, Throwable e) {
        span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
        span.recordException(e);
    }

    private static Tracer tracer() {
        Tracer t = tracer;
        if (t == null) {
            try {
                t = jakarta.enterprise.inject.spi.CDI.current().select(Tracer.class).get();
                tracer = t;
            } catch (RuntimeException | LinkageError e) {
                // no container here (unit tests) or not yet: no span this time, the next call looks again
                t = OpenTelemetry.noop().getTracer("switchboard");
            }
        }
        return t;
    }
}
