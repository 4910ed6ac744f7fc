package io.switchboard.tools.sql;

import io.switchboard.tools.invoke.ToolCall;
import io.switchboard.tools.invoke.ToolOutput;
import java.util.List;

/** Runs a query for a tool within the datasource's and the call's time limits. */
public final class SqlQueries {

    private SqlQueries() {
    }

    public static ToolOutput run(DatasourceService datasources, DatasourceRecord datasource, String sql,
                                 List<Object> parameters, int maxRows, ToolCall call) {
        int timeout = (int) Math.max(1, Math.min(datasource.queryTimeoutSeconds(), call.timeout().toSeconds()));
        return SqlResults.output(SqlRunner.query(datasources.target(datasource), sql, parameters, maxRows, timeout));
    }
}
