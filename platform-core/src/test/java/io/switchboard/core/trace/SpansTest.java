package io.switchboard.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class SpansTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    private static Scope inRemoteSpan() {
        return Span.wrap(SpanContext.createFromRemoteParent(TRACE, SPAN, TraceFlags.getSampled(),
                TraceState.getDefault())).makeCurrent();
    }

    @Test
    void withoutASpanNothingIsPropagatedAndThereIsNoTraceId() {
        Map<String, String> headers = new LinkedHashMap<>();
        Spans.propagate(headers::put);

        assertThat(headers).isEmpty();
        assertThat(Spans.traceId()).isNull();
        assertThat(Spans.spanId()).isNull();
    }

    @Test
    void theCurrentSpanGoesOutAsAW3cTraceparent() {
        Map<String, String> headers = new LinkedHashMap<>();
        try (Scope ignored = inRemoteSpan()) {
            Spans.propagate(headers::put);
            assertThat(Spans.traceId()).isEqualTo(TRACE);
            assertThat(Spans.spanId()).isEqualTo(SPAN);
        }
        assertThat(headers).containsEntry("traceparent", "00-" + TRACE + "-" + SPAN + "-01");
    }

    @Test
    void workInASpanReturnsItsResultAndRethrowsItsFailure() {
        assertThat(Spans.in("unit", Map.of("a", "b"), () -> 42)).isEqualTo(42);
        assertThatThrownBy(() -> Spans.in("unit", Map.of(), () -> {
            throw new java.io.IOException("disk");
        })).isInstanceOf(java.io.IOException.class).hasMessage("disk");
    }

    @Test
    void aCarriedTaskSeesTheTraceOfTheThreadThatHandedItOver() throws Exception {
        var threads = Executors.newSingleThreadExecutor();
        try (Scope ignored = inRemoteSpan()) {
            var carried = Spans.carried(Spans::traceId);
            assertThat(threads.submit(carried).get()).isEqualTo(TRACE);
            assertThat(threads.submit(Spans::traceId).get()).as("not carried").isNull();
        } finally {
            threads.shutdown();
        }
    }
}
