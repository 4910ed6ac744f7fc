package io.switchboard.agents.specialist.data;

import io.switchboard.api.json.Jsonp;
import io.switchboard.agents.execution.AgentExecutor;
import io.switchboard.agents.execution.TaskContext;
import io.switchboard.agents.specialist.Modes;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.tool.DatasourceView;
import io.switchboard.api.tool.ToolInvocationResult;
import io.switchboard.tools.builtin.SqlQueryTool;
import io.switchboard.tools.invoke.ToolCaller;
import io.switchboard.tools.invoke.ToolInvoker;
import io.switchboard.tools.sql.DatasourceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code data} executor: finds the SQL in a message (a {@code ```sql} block, or text from SELECT, WITH or
 * EXPLAIN on), the datasource it is meant for (named in the message, or the only one), and runs it with the
 * {@code sql_query} tool as the agent. Without SQL it explains what it needs and lists the datasources.
 */
@ApplicationScoped
public class DataSpecialist implements AgentExecutor {

    public static final String NAME = "data";
    private static final Pattern FENCED = Pattern.compile("(?is)```(?:sql)?\\s*(.+?)```");
    /** SQL that starts the message, or follows "run", "execute" or "query" (with "this", "sql", a colon). */
    private static final Pattern STATEMENT = Pattern.compile("(?is)^\\s*(?:(?:please\\s+)?(?:run|execute|query)"
            + "(?:\\s+this)?(?:\\s+(?:sql|query|statement))?\\s*:?\\s*)?((?:select|with|explain)\\s.+)$");
    /** "… on warehouse", "… in datasource crm" at the end of the message. */
    private static final Pattern NAMED_DATASOURCE = Pattern.compile(
            "(?i)\\s(?:on|in)\\s+(?:(?:the\\s+)?datasource\\s+)?([A-Za-z0-9_-]+)\\s*[.?]?\\s*$");

    @Inject
    ToolInvoker invoker;

    @Inject
    DatasourceService datasources;

    @Inject
    io.switchboard.agents.specialist.ModelAnswers answers;

    static final String PROMPT = "You are Switchboard's data agent. Answer questions about the company's data by "
            + "querying its read-only SQL datasources with the sql_query tool: write one SELECT at a time, look at the "
            + "result, and answer with the figures and the query you ran. Never guess figures.";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void execute(AgentView agent, TaskContext task) {
        String text = task.message().joinedText();
        List<DatasourceView> known = datasources.list();
        Optional<String> sql = sqlIn(text);
        if (sql.isEmpty() && answers.answerIfModel(agent, task, PROMPT, " Datasources: " + names(known) + ".", text)) {
            return;
        }
        if (sql.isEmpty()) {
            task.complete(Modes.tagged("Without a language model I answer with the read-only SQL you give me, e.g. "
                    + "\"SELECT region, sum(total) FROM orders GROUP BY region\" (name the datasource if there are "
                    + "several). Datasources: " + names(known) + ".", Modes.DETERMINISTIC));
            return;
        }
        Optional<DatasourceView> target = datasourceFor(text, known);
        if (target.isEmpty()) {
            task.fail(known.isEmpty() ? "No datasource is registered; an administrator adds one with POST /api/datasources"
                    : "Name the datasource to query: " + names(known));
            return;
        }
        task.working("Running the query on " + target.get().name());
        ToolInvocationResult result;
        try {
            result = invoker.invoke(SqlQueryTool.NAME, Jsonp.JSON.createObjectBuilder().add("datasource", target.get().name())
                    .add("query", sql.get()).build(), ToolCaller.agent(agent.name(), new HashSet<>(agent.tools()),
                    task.originTaskId()));
        } catch (PlatformException e) {
            task.fail(e.getMessage());
            return;
        }
        if (!result.succeeded()) {
            task.fail(result.error());
            return;
        }
        task.complete(Modes.tagged("On " + target.get().name() + ":\n" + result.text(), Modes.DETERMINISTIC
                + "; the SQL given was run read-only"));
    }

    static Optional<String> sqlIn(String text) {
        Matcher fenced = FENCED.matcher(text);
        if (fenced.find()) {
            return Optional.of(fenced.group(1).strip());
        }
        Matcher statement = STATEMENT.matcher(text.strip());
        if (statement.matches()) {
            String sql = statement.group(1).strip();
            // "run select ... on warehouse" — the datasource named at the end is not SQL
            return Optional.of(sql.replaceAll("(?i)\\s+(on|in)\\s+(datasource\\s+)?[A-Za-z0-9_-]+\\s*[.?]?$", "")
                    .replaceAll("[?]$", "").strip());
        }
        return Optional.empty();
    }

    static Optional<DatasourceView> datasourceFor(String text, List<DatasourceView> known) {
        Matcher atEnd = NAMED_DATASOURCE.matcher(text);
        if (atEnd.find()) {
            Optional<DatasourceView> explicit = known.stream().filter(d -> d.name().equalsIgnoreCase(atEnd.group(1)))
                    .findFirst();
            if (explicit.isPresent()) {
                return explicit;
            }
        }
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", " ") + " ";
        Optional<DatasourceView> named = known.stream()
                .filter(d -> lower.contains(" " + d.name().toLowerCase(Locale.ROOT) + " ")).findFirst();
        if (named.isPresent()) {
            return named;
        }
        return known.size() == 1 ? Optional.of(known.get(0)) : Optional.empty();
    }

    private static String names(List<DatasourceView> known) {
        return known.isEmpty() ? "none registered yet" : String.join(", ", known.stream().map(DatasourceView::name).toList());
    }
}
