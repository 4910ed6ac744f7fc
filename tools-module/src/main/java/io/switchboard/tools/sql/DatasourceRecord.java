package io.switchboard.tools.sql;

import java.time.OffsetDateTime;

/** A registered datasource as stored; the password sealed with the master key. */
public record DatasourceRecord(String id, String name, String jdbcUrl, String username, String passwordSealed,
                               int maxRows, int queryTimeoutSeconds, OffsetDateTime createdAt,
                               OffsetDateTime updatedAt) {
}
