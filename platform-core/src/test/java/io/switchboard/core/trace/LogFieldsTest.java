package io.switchboard.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogFieldsTest {

    private static Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        LogRecordContext.getExtensions(fields);
        return fields;
    }

    @Test
    void aFieldHoldsWhileItsHandleIsOpenAndTheOuterValueComesBack() {
        try (var outer = LogFields.with(LogFields.TASK_ID, "task-1")) {
            assertThat(fields()).containsEntry(LogFields.TASK_ID, "task-1");
            try (var inner = LogFields.with(LogFields.TASK_ID, "task-2")) {
                assertThat(fields()).containsEntry(LogFields.TASK_ID, "task-2");
            }
            assertThat(fields()).containsEntry(LogFields.TASK_ID, "task-1");
        }
        assertThat(fields()).doesNotContainKey(LogFields.TASK_ID);
    }

    @Test
    void aNullValueSetsNothing() {
        try (var none = LogFields.with(LogFields.RUN_ID, null)) {
            assertThat(fields()).doesNotContainKey(LogFields.RUN_ID);
        }
    }

    @Test
    void aFailingExtensionYieldsNoValueInsteadOfBreakingTheLogRecord() {
        assertThat(LogFields.safely(() -> {
            throw new NoClassDefFoundError("io/opentelemetry/api/trace/Span");
        })).isNull();
        assertThat(LogFields.safely(() -> "x")).isEqualTo("x");
    }

    @Test
    void traceFieldsAppearOnlyWhileASpanIsCurrent() {
        LogFields.registerTraceFields();
        try {
            assertThat(fields()).doesNotContainKey("traceId");
            try (var ignored = io.opentelemetry.api.trace.Span.wrap(io.opentelemetry.api.trace.SpanContext.create(
                    "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", io.opentelemetry.api.trace.TraceFlags
                            .getSampled(), io.opentelemetry.api.trace.TraceState.getDefault())).makeCurrent()) {
                assertThat(fields()).containsEntry("traceId", "0af7651916cd43dd8448eb211c80319c")
                        .containsEntry("spanId", "b7ad6b7169203331");
            }
        } finally {
            LogFields.unregisterTraceFields();
        }
    }
}
