-- Tasks of the A2A server: every agent endpoint's tasks (and the platform front door's, agent_id 'platform').
-- The whole A2A task (status, history, artifacts) is one JSON document in 'task'; the other columns are
-- what queries filter on. 'node' is the server that runs the task, so a restarted server can fail its
-- own interrupted work without touching other servers' tasks.

CREATE TABLE a2a_tasks (
    id               VARCHAR(64)  NOT NULL PRIMARY KEY,
    agent_id         VARCHAR(64)  NOT NULL,
    context_id       VARCHAR(200) NOT NULL,
    owner            VARCHAR(200) NOT NULL,
    state            VARCHAR(30)  NOT NULL,
    node             VARCHAR(300) NOT NULL,
    task             TEXT         NOT NULL,
    status_timestamp TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version      BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX a2a_tasks_owner_idx ON a2a_tasks (agent_id, owner, status_timestamp);
CREATE INDEX a2a_tasks_context_idx ON a2a_tasks (context_id);
CREATE INDEX a2a_tasks_node_state_idx ON a2a_tasks (node, state);
