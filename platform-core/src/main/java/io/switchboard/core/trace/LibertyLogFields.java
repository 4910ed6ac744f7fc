package io.switchboard.core.trace;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import java.util.HashMap;
import java.util.Map;

/** What {@link LogFields} does when Liberty's {@code LogRecordContext} is there. */
final class LibertyLogFields {

    private static final LogRecordContext.Extension TRACE_ID = () -> LogFields.safely(Spans::traceId);
    private static final LogRecordContext.Extension SPAN_ID = () -> LogFields.safely(Spans::spanId);

    private LibertyLogFields() {
    }

    static LogFields.Field with(String name, String value) {
        Map<String, String> current = new HashMap<>();
        LogRecordContext.getExtensions(current);
        String previous = current.get(name);
        LogRecordContext.addExtension(name, value);
        return () -> {
            if (previous == null) {
                LogRecordContext.removeExtension(name);
            } else {
                LogRecordContext.addExtension(name, previous);
            }
        };
    }

    static void register() {
        LogRecordContext.registerExtension("traceId", TRACE_ID);
        LogRecordContext.registerExtension("spanId", SPAN_ID);
    }

    static void unregister() {
        LogRecordContext.unregisterExtension("traceId");
        LogRecordContext.unregisterExtension("spanId");
    }
}
