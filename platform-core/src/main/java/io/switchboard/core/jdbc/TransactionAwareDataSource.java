package io.switchboard.core.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hands out the shareable data source's connections while a JTA transaction is active and the unshareable
 * one's otherwise (see {@link PlatformDataSource} for why).
 */
final class TransactionAwareDataSource implements DataSource {

    private final DataSource inTransaction;
    private final DataSource outsideTransaction;
    private final BooleanSupplier transactionActive;

    TransactionAwareDataSource(DataSource inTransaction, DataSource outsideTransaction, BooleanSupplier transactionActive) {
        this.inTransaction = Objects.requireNonNull(inTransaction, "inTransaction");
        this.outsideTransaction = Objects.requireNonNull(outsideTransaction, "outsideTransaction");
        this.transactionActive = transactionActive;
    }

    private DataSource current() {
        return transactionActive.getAsBoolean() ? inTransaction : outsideTransaction;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return current().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return current().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return inTransaction.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        inTransaction.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        inTransaction.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return inTransaction.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return inTransaction.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return current().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return current().isWrapperFor(type);
    }
}
