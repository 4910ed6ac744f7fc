package io.switchboard.tools.sql;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.problem.Problem;
import io.switchboard.api.tool.SqlToolSpec;
import io.switchboard.tools.json.JsonValues;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The definition of a {@code sql} tool: checking it, and keeping it as the tool's config JSON. */
public final class SqlToolSpecs {

    private SqlToolSpecs() {
    }

    /** Every problem of the definition: unknown datasource, a statement that is not a query, unknown parameters. */
    public static List<Problem.FieldError> problems(SqlToolSpec spec, JsonObject schema, boolean datasourceExists) {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (!datasourceExists) {
            problems.add(new Problem.FieldError("sql.datasource", "names no registered datasource"));
        }
        String refusal = ReadOnlySql.refusal(spec.statement());
        if (refusal != null) {
            problems.add(new Problem.FieldError("sql.statement", "is refused: " + refusal));
        }
        Set<String> properties = schema == null || !(schema.get("properties") instanceof JsonObject p) ? Set.of()
                : p.keySet();
        for (String name : NamedParameters.parse(spec.statement()).names()) {
            if (!properties.contains(name)) {
                problems.add(new Problem.FieldError("sql.statement", ":" + name + " is not an argument of the tool"));
            }
        }
        return problems.stream().distinct().toList();
    }

    public static String toConfig(SqlToolSpec spec) {
        JsonObjectBuilder config = Jsonp.JSON.createObjectBuilder().add("datasource", spec.datasource())
                .add("statement", spec.statement());
        if (spec.maxRows() != null) {
            config.add("maxRows", spec.maxRows());
        }
        return config.build().toString();
    }

    public static SqlToolSpec fromConfig(String config) {
        JsonObject json = JsonValues.parseObject(config);
        return new SqlToolSpec(json.getString("datasource"), json.getString("statement"),
                json.containsKey("maxRows") ? json.getInt("maxRows") : null);
    }
}
