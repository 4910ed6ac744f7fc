-- Agent registry and user accounts. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

CREATE TABLE users (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    username_key  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT users_username_key_uq UNIQUE (username_key)
);

CREATE TABLE agents (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    name_key     VARCHAR(100) NOT NULL,
    description  TEXT,
    kind         VARCHAR(20)  NOT NULL,
    executor     VARCHAR(50)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    built_in     BOOLEAN      NOT NULL DEFAULT FALSE,
    endpoint_url VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT agents_name_key_uq UNIQUE (name_key)
);

CREATE INDEX agents_status_idx ON agents (status);

CREATE TABLE agent_tools (
    agent_id  VARCHAR(36)  NOT NULL,
    position  INTEGER      NOT NULL,
    tool_name VARCHAR(100) NOT NULL,
    CONSTRAINT agent_tools_pk PRIMARY KEY (agent_id, position),
    CONSTRAINT agent_tools_agent_fk FOREIGN KEY (agent_id) REFERENCES agents (id) ON DELETE CASCADE
);
