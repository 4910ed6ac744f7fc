package io.switchboard.core.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Runs statements on a container data source. A statement joins the caller's JTA transaction when there is
 * one (the container enlists the connection), so a {@code @Transactional} service commits or rolls back all
 * its statements together.
 */
public final class Jdbc {

    private final DataSource dataSource;
    private final String what;

    /** {@code what} names the data in error messages, e.g. "tool registry". */
    public Jdbc(DataSource dataSource, String what) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.what = what;
    }

    /** Reads one row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    public <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.read(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the " + what + " failed: " + e.getMessage(), e);
        }
    }

    public <T> Optional<T> queryOne(String sql, Row<T> row, Object... parameters) {
        return query(sql, row, parameters).stream().findFirst();
    }

    /** Runs an INSERT, UPDATE or DELETE; the number of rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the " + what + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs one statement for each row of parameters as a JDBC batch in a local transaction of its own, committed
     * once: for callers outside a JTA transaction only (a {@code NOT_SUPPORTED} method), such as group commits.
     */
    public void updateBatchAndCommit(String sql, List<Object[]> rows) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] parameters : rows) {
                    bind(statement, parameters);
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the " + what + " failed: " + e.getMessage(), e);
        }
    }

    /** The current time as the database columns keep it (UTC). */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        bind(statement, parameters);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else if (value instanceof byte[] bytes) {
                statement.setBytes(i + 1, bytes);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
