package io.switchboard.tools.sql;

import io.switchboard.api.tool.SqlToolSpec;
import io.switchboard.api.tool.ToolKind;
import io.switchboard.tools.invoke.ToolCall;
import io.switchboard.tools.invoke.ToolOutput;
import io.switchboard.tools.invoke.ToolRunner;
import io.switchboard.tools.tool.ToolDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Runs administrator-defined {@code sql} tools: the stored statement, its {@code :name} parameters bound from the arguments. */
@ApplicationScoped
public class SqlToolRunner implements ToolRunner {

    @Inject
    DatasourceService datasources;

    @Override
    public String kind() {
        return ToolKind.SQL;
    }

    @Override
    public ToolOutput run(ToolDefinition tool, JsonObject arguments, ToolCall call) {
        SqlToolSpec spec = SqlToolSpecs.fromConfig(tool.config());
        DatasourceRecord datasource = datasources.record(spec.datasource());
        List<Object> parameters = new ArrayList<>();
        for (String name : NamedParameters.parse(spec.statement()).names()) {
            parameters.add(bindable(arguments.get(name)));
        }
        int maxRows = spec.maxRows() == null ? datasource.maxRows() : Math.min(spec.maxRows(), datasource.maxRows());
        return SqlQueries.run(datasources, datasource, spec.statement(), parameters, maxRows, call);
    }

    /** A JSON argument as a JDBC parameter: text, an integer or decimal, a boolean, null, or else its JSON text. */
    static Object bindable(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            default -> value.toString();
        };
    }
}
