package io.switchboard.tools.sql;

import io.switchboard.api.json.Jsonp;
import io.switchboard.tools.invoke.ToolFailure;
import io.switchboard.tools.invoke.TransientToolFailure;
import io.switchboard.tools.json.JsonValues;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * Runs one checked query on a datasource: a fresh connection, read-only and outside auto-commit, the query
 * with its parameters bound, at most {@code maxRows} rows, a query timeout, and always a rollback at the end
 * (so nothing a statement might have changed is kept). Values come back as JSON.
 */
public final class SqlRunner {

    private SqlRunner() {
    }

    /** Connection credentials of a datasource, the password opened. */
    public record Target(String name, String jdbcUrl, String username, String password) {
    }

    public static JsonObject query(Target target, String sql, List<Object> parameters, int maxRows, int timeoutSeconds) {
        String refusal = ReadOnlySql.refusal(sql);
        if (refusal != null) {
            throw new ToolFailure("Refused: " + refusal);
        }
        try (Connection connection = connect(target, timeoutSeconds)) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            if (target.jdbcUrl().startsWith("jdbc:postgresql:")) {
                try (var statement = connection.createStatement()) {
                    statement.execute("SET TRANSACTION READ ONLY");
                    // backslashes are plain characters in '...' literals, as the statement check assumes
                    statement.execute("SET standard_conforming_strings = on");
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(NamedParameters.parse(sql).jdbcSql())) {
                statement.setQueryTimeout(timeoutSeconds);
                statement.setMaxRows(maxRows + 1);
                statement.setFetchSize(Math.min(maxRows + 1, 500));
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    return read(rs, maxRows);
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLTimeoutException e) {
            throw new ToolFailure("The query on " + target.name() + " ran longer than " + timeoutSeconds + " s and was canceled");
        } catch (SQLTransientException e) {
            throw new TransientToolFailure("Datasource " + target.name() + " is not available: " + firstLine(e));
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                throw new TransientToolFailure("Cannot connect to datasource " + target.name() + ": " + firstLine(e));
            }
            throw new ToolFailure("The query failed on " + target.name() + ": " + firstLine(e));
        }
    }

    /** Opens a connection the way a datasource registration checks it. */
    public static Connection connect(Target target, int timeoutSeconds) throws SQLException {
        Properties properties = new Properties();
        if (target.username() != null) {
            properties.setProperty("user", target.username());
        }
        if (target.password() != null) {
            properties.setProperty("password", target.password());
        }
        if (target.jdbcUrl().startsWith("jdbc:postgresql:")) {
            properties.setProperty("connectTimeout", String.valueOf(Math.min(timeoutSeconds, 30)));
            properties.setProperty("ApplicationName", "switchboard-sql-tool");
        }
        Driver driver = driverFor(target.jdbcUrl());
        Connection connection = driver.connect(target.jdbcUrl(), properties);
        if (connection == null) {
            throw new SQLException("The driver does not accept " + target.jdbcUrl(), "08001");
        }
        return connection;
    }

    private static Driver driverFor(String url) throws SQLException {
        ClassLoader loader = SqlRunner.class.getClassLoader();
        for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        return java.sql.DriverManager.getDriver(url);
    }

    private static JsonObject read(ResultSet rs, int maxRows) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        JsonArrayBuilder names = Jsonp.JSON.createArrayBuilder();
        for (int c = 1; c <= columns; c++) {
            names.add(meta.getColumnLabel(c));
        }
        JsonArrayBuilder rows = Jsonp.JSON.createArrayBuilder();
        int count = 0;
        boolean truncated = false;
        while (rs.next()) {
            if (count == maxRows) {
                truncated = true;
                break;
            }
            List<Object> row = new ArrayList<>(columns);
            for (int c = 1; c <= columns; c++) {
                row.add(value(rs.getObject(c)));
            }
            rows.add(JsonValues.of(row));
            count++;
        }
        return Jsonp.JSON.createObjectBuilder().add("columns", names).add("rows", rows).add("rowCount", count)
                .add("truncated", truncated).build();
    }

    private static Object value(Object value) throws SQLException {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof BigDecimal
                || value instanceof Number) {
            return value;
        }
        if (value instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes)";
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) Math.min(clob.length(), 100_000));
        }
        if (value instanceof Array array) {
            Object items = array.getArray();
            return items instanceof Object[] objects ? java.util.Arrays.asList(objects) : String.valueOf(items);
        }
        return value.toString();
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
