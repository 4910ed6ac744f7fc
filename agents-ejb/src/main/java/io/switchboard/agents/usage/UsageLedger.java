package io.switchboard.agents.usage;

import io.switchboard.agents.model.BudgetExceededException;
import io.switchboard.agents.model.ModelCallScope;
import io.switchboard.agents.model.UsageMeter;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.usage.UsageQuery;
import io.switchboard.api.usage.UsageReport;
import io.switchboard.api.usage.UsageRow;
import io.switchboard.core.jdbc.Jdbc;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The record of model calls ({@code model_calls}) and the budgets checked against it before each call: the task's
 * token budget (counted in memory for the execution), the agent's per-day budget and the platform's per-day budget
 * (summed from the records of the current UTC day). Days are UTC.
 */
@ApplicationScoped
public class UsageLedger implements UsageMeter {

    public static final String OK = "ok";
    public static final String FAILED = "failed";
    public static final String REFUSED = "refused";
    private static final Map<String, String> GROUPS = Map.of("agent", "agent_name", "task", "task_id", "session",
            "session_id", "day", "usage_day", "model", "model");

    @jakarta.inject.Inject
    @io.switchboard.core.jdbc.Platform
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "switchboard.usage.prices", defaultValue = PriceTable.DEFAULTS)
    String prices;

    /** Tokens all agents together may spend per UTC day; 0 = no limit. */
    @Inject
    @ConfigProperty(name = "switchboard.budget.daily-tokens", defaultValue = "0")
    long platformDailyTokens;

    @Inject
    io.switchboard.core.event.ExecutionLog log;

    Clock clock = Clock.systemUTC();
    private PriceTable priceTable;
    private Jdbc jdbc;

    @PostConstruct
    void init() {
        priceTable = new PriceTable(prices);
        jdbc = new Jdbc(dataSource, "model usage");
    }

    @Override
    public void beforeCall(ModelCallScope scope) {
        String refusal = refusal(scope);
        if (refusal != null) {
            insert(scope, 0, 0, 0, REFUSED, refusal);
            throw new BudgetExceededException(refusal);
        }
    }

    private String refusal(ModelCallScope scope) {
        if (scope.taskTokenBudget() > 0 && scope.spent() >= scope.taskTokenBudget()) {
            return "Budget exceeded: agent " + scope.agentName() + " has spent " + scope.spent() + " of the "
                    + scope.taskTokenBudget() + " tokens this task may use; no further model calls are made";
        }
        LocalDate today = LocalDate.now(clock);
        if (scope.dailyTokenBudget() > 0 && scope.agentId() != null) {
            long spent = tokens("agent_id = ? AND usage_day = ?", scope.agentId(), today);
            if (spent >= scope.dailyTokenBudget()) {
                return "Budget exceeded: agent " + scope.agentName() + " has spent " + spent + " of its "
                        + scope.dailyTokenBudget() + " tokens for today (UTC); no further model calls are made today";
            }
        }
        if (platformDailyTokens > 0) {
            long spent = tokens("usage_day = ?", today);
            if (spent >= platformDailyTokens) {
                return "Budget exceeded: the platform has spent " + spent + " of its " + platformDailyTokens
                        + " tokens for today (UTC); no further model calls are made today";
            }
        }
        return null;
    }

    private long tokens(String where, Object... parameters) {
        return jdbc.queryOne("SELECT COALESCE(SUM(input_tokens + output_tokens), 0) FROM model_calls WHERE " + where,
                rs -> rs.getLong(1), parameters).orElse(0L);
    }

    @Override
    public void afterCall(ModelCallScope scope, Integer inputTokens, Integer outputTokens, long latencyMs,
                          String failure) {
        insert(scope, inputTokens == null ? 0 : inputTokens, outputTokens == null ? 0 : outputTokens, latencyMs,
                failure == null ? OK : FAILED, failure);
    }

    private void insert(ModelCallScope scope, int in, int out, long latencyMs, String outcome, String error) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        BigDecimal cost = priceTable.cost(scope.spec().model(), in, out);
        jdbc.update("INSERT INTO model_calls (id, called_at, usage_day, agent_id, agent_name, task_id, session_id, "
                        + "provider, model, input_tokens, output_tokens, cost_usd, latency_ms, outcome, error) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), now, now.toLocalDate(), scope.agentId(), scope.agentName(),
                scope.taskId(), scope.sessionId(), scope.spec().provider(), scope.spec().model(), in, out, cost,
                latencyMs, outcome, error);
        if (log != null) {
            java.util.Map<String, Object> data = new java.util.HashMap<>();
            data.put("provider", scope.spec().provider());
            data.put("model", scope.spec().model());
            data.put("inputTokens", in);
            data.put("outputTokens", out);
            data.put("latencyMs", latencyMs);
            data.put("outcome", outcome);
            data.put("costUsd", cost);
            data.put("error", error);
            log.record(io.switchboard.core.event.ExecutionLog.MODEL_CALL, scope.taskId(), scope.agentName(), data);
        }
    }

    /** Usage between two days grouped by one dimension, biggest spenders (by tokens) first. */
    public UsageReport report(UsageQuery query) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = day(query.from(), "from", today);
        LocalDate to = day(query.to(), "to", today);
        if (to.isBefore(from)) {
            throw PlatformException.invalid("usage-range-invalid", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
        String by = query.by() == null || query.by().isBlank() ? "agent" : query.by();
        String column = GROUPS.get(by);
        if (column == null) {
            throw PlatformException.invalid("usage-group-invalid", "'by' must be one of agent, task, session, day, "
                    + "model; got '" + by + "'");
        }
        StringBuilder where = new StringBuilder("usage_day BETWEEN ? AND ?");
        List<Object> parameters = new ArrayList<>(List.of(from, to));
        filter(where, parameters, "agent_name", query.agent());
        filter(where, parameters, "task_id", query.task());
        filter(where, parameters, "session_id", query.session());
        String sums = "COUNT(*), SUM(CASE WHEN outcome = 'ok' THEN 0 ELSE 1 END), COALESCE(SUM(input_tokens), 0), "
                + "COALESCE(SUM(output_tokens), 0), COALESCE(SUM(cost_usd), 0)";
        List<UsageRow> rows = jdbc.query("SELECT " + column + ", " + sums + " FROM model_calls WHERE " + where
                        + " GROUP BY " + column + " ORDER BY SUM(input_tokens + output_tokens) DESC, " + column,
                rs -> row(rs.getObject(1) == null ? null : rs.getObject(1).toString(), rs), parameters.toArray());
        UsageRow total = jdbc.queryOne("SELECT NULL, " + sums + " FROM model_calls WHERE " + where,
                rs -> row("total", rs), parameters.toArray()).orElseThrow();
        return new UsageReport(from.toString(), to.toString(), by, total, rows);
    }

    private static UsageRow row(String key, java.sql.ResultSet rs) throws java.sql.SQLException {
        BigDecimal cost = rs.getBigDecimal(6);
        return new UsageRow(key, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                cost == null ? BigDecimal.ZERO : cost.stripTrailingZeros());
    }

    private static void filter(StringBuilder where, List<Object> parameters, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private static LocalDate day(String text, String name, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw PlatformException.invalid("usage-day-invalid", "'" + name + "' must be a day as YYYY-MM-DD; got '"
                    + text + "'");
        }
    }
}
