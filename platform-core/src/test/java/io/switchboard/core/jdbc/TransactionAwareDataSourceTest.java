package io.switchboard.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class TransactionAwareDataSourceTest {

    @Test
    void connectionsComeFromTheShareableSourceOnlyInsideATransaction() throws Exception {
        Connection shared = connection("shared");
        Connection unshared = connection("unshared");
        AtomicBoolean inTransaction = new AtomicBoolean();
        DataSource data = new TransactionAwareDataSource(source(shared), source(unshared), inTransaction::get);

        assertThat(data.getConnection()).isSameAs(unshared);
        inTransaction.set(true);
        assertThat(data.getConnection()).isSameAs(shared);
        assertThat(data.getConnection("u", "p")).isSameAs(shared);
        inTransaction.set(false);
        assertThat(data.getConnection("u", "p")).isSameAs(unshared);
    }

    private static DataSource source(Connection connection) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> method.getName().equals("getConnection") ? connection : null);
    }

    private static Connection connection(String name) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("toString") ? name : null);
    }
}
