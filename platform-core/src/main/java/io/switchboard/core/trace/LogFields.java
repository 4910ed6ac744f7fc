package io.switchboard.core.trace;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The correlation fields of log records. Liberty writes each {@code LogRecordContext} extension of the logging
 * thread into JSON log records as {@code ext_<name>}: {@code traceId} and {@code spanId} come from the current span
 * (registered once per application), {@code taskId}, {@code runId} and {@code nodeId} are set around the work they
 * name by {@link #with}. Where Liberty's API is not on the class path (unit tests of other modules) all of this
 * does nothing: its types are used only inside {@link LibertyLogFields}.
 */
public final class LogFields {

    public static final String TASK_ID = "taskId";
    public static final String RUN_ID = "runId";
    public static final String NODE_ID = "nodeId";

    private static final Logger LOG = Logger.getLogger(LogFields.class.getName());
    private static final boolean AVAILABLE = available();

    /** Restores the field's previous value when closed. */
    public interface Field extends AutoCloseable {
        @Override
        void close();
    }

    private LogFields() {
    }

    /** Sets a field for log records of this thread until the returned handle is closed. */
    public static Field with(String name, String value) {
        if (!AVAILABLE || value == null) {
            return () -> { };
        }
        try {
            return LibertyLogFields.with(name, value);
        } catch (RuntimeException | LinkageError e) {
            return () -> { };
        }
    }

    /** Adds the trace and span ids to every log record (at application start). */
    public static void registerTraceFields() {
        if (!AVAILABLE) {
            return;
        }
        try {
            LibertyLogFields.register();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "Trace fields of log records not registered: " + e.getMessage());
        }
    }

    /** Removes them again (at application stop), so the stopped application's classes are not kept. */
    public static void unregisterTraceFields() {
        if (AVAILABLE) {
            LibertyLogFields.unregister();
        }
    }

    /**
     * Liberty calls the extensions for every record of every thread, its own included: they must never throw, also
     * where the OpenTelemetry API is not visible (an application without third-party API visibility).
     */
    static String safely(java.util.function.Supplier<String> value) {
        try {
            return value.get();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static boolean available() {
        try {
            Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext", false, LogFields.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
