-- Tools module: the tool registry, MCP servers as tool sources, read-only SQL datasources, and the audit of
-- every tool invocation. Runs unchanged on PostgreSQL and on the embedded H2.

-- kind: builtin | http | sql | mcp. parameters: the JSON Schema of the arguments. config: the kind's own
-- definition as JSON (http: method, URL template, headers; sql: datasource and statement). invoke_roles:
-- comma-separated roles that may invoke the tool directly (REST, MCP).
CREATE TABLE tools (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    name                  VARCHAR(64)   NOT NULL,
    description           VARCHAR(2000) NOT NULL,
    kind                  VARCHAR(20)   NOT NULL,
    parameters            TEXT          NOT NULL,
    config                TEXT,
    enabled               BOOLEAN       NOT NULL DEFAULT TRUE,
    built_in              BOOLEAN       NOT NULL DEFAULT FALSE,
    timeout_ms            INTEGER       NOT NULL,
    max_attempts          INTEGER       NOT NULL,
    rate_per_minute       INTEGER       NOT NULL,
    invoke_roles          VARCHAR(200)  NOT NULL,
    mcp_server_id         VARCHAR(36),
    mcp_tool_name         VARCHAR(200),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT tools_name_uq UNIQUE (name)
);

CREATE INDEX tools_mcp_server_idx ON tools (mcp_server_id);

-- transport: stdio (command, a JSON array) | http (url). env and headers: JSON objects sealed with the
-- master key (they may hold credentials). status: connected | unavailable.
CREATE TABLE tool_mcp_servers (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    name           VARCHAR(40)   NOT NULL,
    transport      VARCHAR(10)   NOT NULL,
    command        TEXT,
    url            VARCHAR(2000),
    env_sealed     TEXT,
    headers_sealed TEXT,
    status         VARCHAR(20)   NOT NULL,
    status_detail  VARCHAR(2000),
    refreshed_at   TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT tool_mcp_servers_name_uq UNIQUE (name)
);

-- databases the sql tools may read; the password sealed with the master key
CREATE TABLE tool_datasources (
    id                     VARCHAR(36)   NOT NULL PRIMARY KEY,
    name                   VARCHAR(64)   NOT NULL,
    jdbc_url               VARCHAR(2000) NOT NULL,
    username               VARCHAR(200),
    password_sealed        TEXT,
    max_rows               INTEGER       NOT NULL,
    query_timeout_seconds  INTEGER       NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT tool_datasources_name_uq UNIQUE (name)
);

-- one row per invocation, refused ones included. caller_type: user | agent | workflow. arguments: redacted
-- JSON. outcome: succeeded | failed | invalid | refused | rate-limited
CREATE TABLE tool_invocations (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    tool_id      VARCHAR(36),
    tool_name    VARCHAR(64)   NOT NULL,
    caller_type  VARCHAR(20)   NOT NULL,
    caller       VARCHAR(200)  NOT NULL,
    task_id      VARCHAR(100),
    run_id       VARCHAR(100),
    arguments    TEXT,
    outcome      VARCHAR(20)   NOT NULL,
    error        VARCHAR(2000),
    attempts     INTEGER       NOT NULL,
    duration_ms  BIGINT        NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX tool_invocations_started_idx ON tool_invocations (started_at);
CREATE INDEX tool_invocations_tool_idx ON tool_invocations (tool_name, started_at);
