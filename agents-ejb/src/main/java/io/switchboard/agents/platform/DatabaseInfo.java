package io.switchboard.agents.platform;

import io.switchboard.api.status.PlatformStatus.DatabaseStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What the platform database is (embedded H2 or PostgreSQL) and whether it answers. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseInfo {

    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    public DatabaseStatus status() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            boolean valid = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            return new DatabaseStatus(kindOf(meta.getDatabaseProductName()), product, valid ? "UP" : "DOWN",
                    valid ? null : "The database did not answer within " + VALIDATION_TIMEOUT_SECONDS + " s");
        } catch (SQLException e) {
            return new DatabaseStatus(null, null, "DOWN", e.getMessage());
        }
    }

    static String kindOf(String productName) {
        return productName != null && productName.toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? "postgresql" : "embedded";
    }
}
