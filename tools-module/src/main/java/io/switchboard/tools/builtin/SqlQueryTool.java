package io.switchboard.tools.builtin;

import io.switchboard.tools.invoke.ToolCall;
import io.switchboard.tools.invoke.ToolOutput;
import io.switchboard.tools.sql.DatasourceRecord;
import io.switchboard.tools.sql.DatasourceService;
import io.switchboard.tools.sql.SqlQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * {@code sql_query}: runs one read-only query (SELECT, WITH … SELECT, EXPLAIN) on a datasource an administrator
 * registered, in a read-only transaction, with row and time limits.
 */
@ApplicationScoped
public class SqlQueryTool implements BuiltinTool {

    public static final String NAME = "sql_query";

    @Inject
    DatasourceService datasources;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Runs one read-only SQL query (SELECT, WITH ... SELECT or EXPLAIN) on a registered datasource and "
                + "returns columns and rows. Statements that change data or schema are refused.";
    }

    @Override
    public JsonObject parameters() {
        return Schemas.of("""
                {"type":"object","properties":{
                  "datasource":{"type":"string","minLength":1,"maxLength":64,"description":"Name of a registered datasource"},
                  "query":{"type":"string","minLength":1,"maxLength":20000,"description":"One SELECT, WITH ... SELECT or EXPLAIN"},
                  "maxRows":{"type":"integer","minimum":1,"maximum":10000,"description":"Most rows to return (default: the datasource's limit)"}},
                 "required":["datasource","query"],"additionalProperties":false}""");
    }

    @Override
    public int timeoutMs() {
        return 30_000;
    }

    @Override
    public ToolOutput run(JsonObject arguments, ToolCall call) {
        DatasourceRecord datasource = datasources.record(arguments.getString("datasource"));
        int maxRows = arguments.containsKey("maxRows")
                ? Math.min(arguments.getInt("maxRows"), datasource.maxRows()) : datasource.maxRows();
        return SqlQueries.run(datasources, datasource, arguments.getString("query"), List.of(), maxRows, call);
    }
}
