-- Workflow runs: one row per run (pinned version, inputs, state, output) and one per node that ran, is running
-- or waits (its state, output as JSON, error, attempts, timing, and for approvals the decision). The node rows
-- are the run's checkpoint: a restarted run continues with the nodes that have not completed.
CREATE TABLE workflow_runs (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    workflow_id   VARCHAR(36)  NOT NULL,
    workflow_name VARCHAR(100) NOT NULL,
    version       INTEGER      NOT NULL,
    inputs        TEXT         NOT NULL,
    state         VARCHAR(20)  NOT NULL,
    output        TEXT,
    error         TEXT,
    execution_id  BIGINT,
    started_by    VARCHAR(100),
    started_roles VARCHAR(200),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX workflow_runs_workflow_idx ON workflow_runs (workflow_id, created_at);
CREATE INDEX workflow_runs_state_idx ON workflow_runs (state);

CREATE TABLE workflow_node_runs (
    run_id      VARCHAR(36)  NOT NULL,
    node_id     VARCHAR(64)  NOT NULL,
    node_type   VARCHAR(20)  NOT NULL,
    state       VARCHAR(20)  NOT NULL,
    output      TEXT,
    error       TEXT,
    attempts    INTEGER      NOT NULL DEFAULT 0,
    decision    VARCHAR(20),
    decided_by  VARCHAR(100),
    started_at  TIMESTAMP WITH TIME ZONE,
    ended_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT workflow_node_runs_pk PRIMARY KEY (run_id, node_id),
    CONSTRAINT workflow_node_runs_run_fk FOREIGN KEY (run_id) REFERENCES workflow_runs (id) ON DELETE CASCADE
);
