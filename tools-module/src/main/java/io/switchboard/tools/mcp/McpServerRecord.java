package io.switchboard.tools.mcp;

import java.time.OffsetDateTime;

/** A registered MCP server as stored. {@code command} is a JSON array; env and headers JSON objects, sealed. */
public record McpServerRecord(String id, String name, String transport, String command, String url, String envSealed,
                              String headersSealed, String status, String statusDetail, OffsetDateTime refreshedAt,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static final String STDIO = "stdio";
    public static final String HTTP = "http";

    public McpServerRecord withStatus(String newStatus, String detail, OffsetDateTime refreshed, OffsetDateTime now) {
        return new McpServerRecord(id, name, transport, command, url, envSealed, headersSealed, newStatus, detail,
                refreshed == null ? refreshedAt : refreshed, createdAt, now);
    }
}
