-- Servers sharing the database beat here every workflow tick; a run remembers the server that launched its
-- current job, so that another server can tell a job that died with its server (no beat for
-- switchboard.workflows.server-timeout) from one that is still running, and restart the run.
CREATE TABLE platform_servers (
    server_id  VARCHAR(200) NOT NULL PRIMARY KEY,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen  TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE workflow_runs ADD COLUMN server_id VARCHAR(200);
