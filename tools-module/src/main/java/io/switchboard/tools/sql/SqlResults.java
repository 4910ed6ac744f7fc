package io.switchboard.tools.sql;

import io.switchboard.tools.invoke.ToolOutput;
import io.switchboard.tools.json.JsonValues;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.stream.Collectors;

/** A query result as a tool output: the JSON, and a plain-text table a model can read. */
final class SqlResults {

    private static final int TEXT_ROWS = 50;

    private SqlResults() {
    }

    static ToolOutput output(JsonObject result) {
        StringBuilder text = new StringBuilder();
        JsonArray columns = result.getJsonArray("columns");
        text.append(columns.stream().map(JsonValues::text).collect(Collectors.joining(" | "))).append('\n');
        JsonArray rows = result.getJsonArray("rows");
        for (int i = 0; i < Math.min(rows.size(), TEXT_ROWS); i++) {
            text.append(rows.getJsonArray(i).stream().map(v -> v.getValueType() == JsonValue.ValueType.NULL ? "NULL"
                    : JsonValues.text(v)).collect(Collectors.joining(" | "))).append('\n');
        }
        text.append('(').append(result.getInt("rowCount")).append(result.getInt("rowCount") == 1 ? " row" : " rows");
        if (result.getBoolean("truncated")) {
            text.append(", more rows were cut at the row limit");
        } else if (rows.size() > TEXT_ROWS) {
            text.append(", ").append(TEXT_ROWS).append(" shown");
        }
        text.append(')');
        return new ToolOutput(result, text.toString());
    }
}
