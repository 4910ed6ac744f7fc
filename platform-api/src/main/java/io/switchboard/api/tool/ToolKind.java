package io.switchboard.api.tool;

import java.util.Set;

/** The kinds of tool in the registry. */
public final class ToolKind {

    /** Shipped with the platform: calculator, datetime, unit_convert, http_request, sql_query, knowledge_search. */
    public static final String BUILTIN = "builtin";
    /** Defined by an administrator: an HTTP call with a URL template. */
    public static final String HTTP = "http";
    /** Defined by an administrator: a read-only SQL statement with named parameters on a datasource. */
    public static final String SQL = "sql";
    /** Discovered at a registered MCP server. */
    public static final String MCP = "mcp";

    public static final Set<String> ALL = Set.of(BUILTIN, HTTP, SQL, MCP);
    /** The kinds an administrator creates through the API. */
    public static final Set<String> DEFINABLE = Set.of(HTTP, SQL);

    private ToolKind() {
    }
}
