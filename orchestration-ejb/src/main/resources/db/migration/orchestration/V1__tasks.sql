-- Tasks the orchestrator executed and their results. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- agent_id refers to agents.id, owned by the agents module: no foreign key across module boundaries.

CREATE TABLE tasks (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    agent_id       VARCHAR(36)  NOT NULL,
    agent_name     VARCHAR(100) NOT NULL,
    session_id     VARCHAR(200),
    input          TEXT         NOT NULL,
    metadata       TEXT,
    status         VARCHAR(20)  NOT NULL,
    output         TEXT,
    error          TEXT,
    remote_task_id VARCHAR(200),
    requested_by   VARCHAR(100),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE,
    duration_ms    BIGINT
);

CREATE INDEX tasks_agent_idx ON tasks (agent_id);
CREATE INDEX tasks_created_idx ON tasks (created_at);
CREATE INDEX tasks_session_idx ON tasks (session_id);
