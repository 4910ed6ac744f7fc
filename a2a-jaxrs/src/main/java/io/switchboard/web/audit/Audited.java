package io.switchboard.web.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method as an administrative action, recorded in the audit with every outcome (refusals
 * included). The record's id is the path parameter {@link #idParam()} (default: the last one of the path), or,
 * for a creation that succeeded, the new record's id (its {@code Location}, else the returned view's {@code id}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    /** agent, tool, workflow, run, schedule, collection, document, datasource, mcp-server or user. */
    String target();

    /** The verb: create, update, delete, enable, disable, rollback, run, stop, restart, decide, refresh … */
    String action();

    /** Whether the action creates the record: its id is then taken from the answer. */
    boolean created() default false;

    /** The path parameter naming the record; empty: the last parameter of the path. */
    String idParam() default "";
}
