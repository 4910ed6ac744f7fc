package io.switchboard.core.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.sql.DataSource;

/**
 * The platform's database ({@code jdbc/switchboard}) for plain JDBC stores, injected as {@code @Inject @Platform
 * DataSource}. Inside a JTA transaction a connection is the shareable one, so every statement of the
 * transaction shares one enlisted connection. Outside one it is unshareable: Liberty returns a shareable
 * connection used outside a transaction to the pool only when the request's local transaction containment
 * ends, so a request that read something and then wrote in a {@code REQUIRES_NEW} transaction held two
 * connections, and a few dozen concurrent requests exhausted the pool and waited on each other.
 */
@ApplicationScoped
public class PlatformDataSource {

    @Resource(lookup = "jdbc/switchboard")
    DataSource shareable;

    @Resource(lookup = "jdbc/switchboard", shareable = false)
    DataSource unshareable;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Produces
    @Platform
    DataSource dataSource() {
        return new TransactionAwareDataSource(shareable, unshareable, this::inTransaction);
    }

    private boolean inTransaction() {
        return transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
