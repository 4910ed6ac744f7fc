package io.switchboard.tools.sql;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.ExplainStatement;

/**
 * Decides whether a statement may run through the SQL tools: it must parse (JSqlParser) as exactly one
 * statement, and that statement must be a query — {@code SELECT}, {@code WITH … SELECT}, a set operation of
 * those, or {@code EXPLAIN} of one (never {@code EXPLAIN ANALYZE}, which executes). A query may not lock rows
 * ({@code FOR UPDATE/SHARE}), create a table ({@code SELECT INTO}), hold a data-modifying {@code WITH}, or call
 * a function that acts on the server (sleep, signal or terminate backends, read files, set configuration,
 * sequences, large objects, dblink). The read-only transaction the statement then runs in is the second
 * guard; a database role that may only read is the third.
 */
public final class ReadOnlySql {

    private static final Pattern FORBIDDEN_FUNCTION = Pattern.compile("(?i)\\b(pg_sleep\\w*|pg_terminate_backend"
            + "|pg_cancel_backend|pg_reload_conf|pg_rotate_logfile|pg_read_file|pg_read_binary_file|pg_ls_dir"
            + "|pg_stat_file|pg_advisory\\w*|pg_try_advisory\\w*|pg_notify|pg_promote|pg_switch_wal"
            + "|pg_create\\w*|pg_drop\\w*|pg_logical\\w*|pg_replication\\w*|pg_file\\w*|pg_import\\w*"
            + "|set_config|nextval|setval|lo_\\w+|dblink\\w*"
            + "|query_to_xml\\w*|table_to_xml\\w*|cursor_to_xml\\w*|schema_to_xml\\w*|database_to_xml\\w*"
            + "|dbms_\\w+|sleep|benchmark|load_file|file_read|file_write|csvread|csvwrite|link_schema)\\s*\\(");
    /** Standard sequence access (H2, SQL:2003) advances the sequence. */
    private static final Pattern NEXT_VALUE = Pattern.compile("(?i)\\bnext\\s+value\\s+for\\b");
    /**
     * Literal forms whose escaping parsers disagree on, which could hide a ';' from the check but not from the
     * database: PostgreSQL escape strings (E'..'), Unicode strings (U&'..'), dollar quoting ($$..$$, $tag$..$tag$),
     * and backslash-escaped quotes.
     */
    private static final Pattern AMBIGUOUS_LITERAL = Pattern.compile("(?i)(?<![\\w'\"$])(e|u&)'|\\$[a-z_]*\\$|\\\\'");
    private static final Pattern EXPLAIN_OPTIONS = Pattern.compile("(?is)^\\s*explain\\s*(\\(([^)]*)\\)|(\\w+\\s+)*)");

    private ReadOnlySql() {
    }

    /** Null when the statement may run, else why not (for the caller to read). */
    public static String refusal(String sql) {
        if (sql == null || sql.isBlank()) {
            return "the statement is empty";
        }
        if (AMBIGUOUS_LITERAL.matcher(sql).find()) {
            return "escape strings (E'...'), Unicode strings (U&'...'), dollar quoting and backslash-escaped quotes "
                    + "are not allowed; write string literals as '...' with '' for a quote";
        }
        Statements statements;
        try {
            statements = CCJSqlParserUtil.parseStatements(sql);
        } catch (JSQLParserException e) {
            return "the statement could not be parsed as SQL: " + firstLine(e);
        } catch (RuntimeException e) {
            return "the statement could not be parsed as SQL";
        }
        List<Statement> list = statements == null ? List.of() : statements;
        if (list.size() != 1) {
            return list.isEmpty() ? "the statement is empty"
                    : "only one statement may run at a time (found " + list.size() + ")";
        }
        Statement statement = list.get(0);
        if (statement instanceof ExplainStatement explain) {
            String options = explainOptions(sql);
            if (options.contains("analy")) {
                return "EXPLAIN ANALYZE executes the statement; only plain EXPLAIN is allowed";
            }
            Select explained = explain.getStatement();
            if (explained == null) {
                return "only EXPLAIN of a query is allowed";
            }
            return queryRefusal(explained);
        }
        if (statement instanceof Select select) {
            return queryRefusal(select);
        }
        return "only queries may run (SELECT, WITH … SELECT, EXPLAIN), not " + kindOf(statement);
    }

    private static String queryRefusal(Select select) {
        if (select.getWithItemsList() != null) {
            for (WithItem<?> with : select.getWithItemsList()) {
                if (!(with.getParenthesedStatement() instanceof ParenthesedSelect inner)) {
                    return "a WITH clause may only hold queries";
                }
                String innerRefusal = queryRefusal(inner);
                if (innerRefusal != null) {
                    return innerRefusal;
                }
            }
        }
        String text = select.toString();
        String plainRefusal = plainSelectRefusal(select);
        if (plainRefusal != null) {
            return plainRefusal;
        }
        String upper = " " + text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
        if (upper.contains(" FOR UPDATE") || upper.contains(" FOR SHARE") || upper.contains(" FOR NO KEY UPDATE")
                || upper.contains(" FOR KEY SHARE")) {
            return "queries may not lock rows (FOR UPDATE / FOR SHARE)";
        }
        // quoted names ("pg_read_file") are the same functions: compare without the quotes
        String unquoted = text.replace("\"", "");
        if (FORBIDDEN_FUNCTION.matcher(unquoted).find()) {
            return "the query calls a function that acts on the database server, which is not allowed";
        }
        if (NEXT_VALUE.matcher(unquoted).find()) {
            return "the query advances a sequence (NEXT VALUE FOR), which is not allowed";
        }
        return null;
    }

    private static String plainSelectRefusal(Select select) {
        if (select instanceof PlainSelect plain) {
            if (plain.getIntoTables() != null && !plain.getIntoTables().isEmpty()) {
                return "SELECT INTO creates a table; only queries may run";
            }
            if (plain.getForMode() != null) {
                return "queries may not lock rows (FOR UPDATE / FOR SHARE)";
            }
        } else if (select instanceof SetOperationList set) {
            for (Select part : set.getSelects()) {
                String refusal = plainSelectRefusal(part);
                if (refusal != null) {
                    return refusal;
                }
            }
        } else if (select instanceof ParenthesedSelect parenthesed) {
            return plainSelectRefusal(parenthesed.getSelect());
        }
        return null;
    }

    private static String explainOptions(String sql) {
        String stripped = sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
        java.util.regex.Matcher matcher = EXPLAIN_OPTIONS.matcher(stripped);
        return matcher.find() ? matcher.group().toLowerCase(Locale.ROOT) : "";
    }

    private static String kindOf(Statement statement) {
        String name = statement.getClass().getSimpleName();
        return name.replace("Statement", "").toUpperCase(Locale.ROOT);
    }

    private static String firstLine(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? e.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
