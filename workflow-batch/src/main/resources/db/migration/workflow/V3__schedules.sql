-- Cron schedules: one row per schedule with its next fire time. Every server's tick fires a due row by moving
-- next_fire_at on only if it still holds the value it read (one server wins), in the same transaction as the run
-- it queues, so each due time gives exactly one run.
CREATE TABLE workflow_schedules (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    workflow_id    VARCHAR(36)  NOT NULL,
    version        INTEGER,
    cron           VARCHAR(120) NOT NULL,
    time_zone      VARCHAR(64)  NOT NULL,
    inputs         TEXT         NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    misfire_policy VARCHAR(20)  NOT NULL,
    next_fire_at   TIMESTAMP WITH TIME ZONE,
    last_fired_at  TIMESTAMP WITH TIME ZONE,
    last_run_id    VARCHAR(36),
    misfires       INTEGER      NOT NULL DEFAULT 0,
    created_by     VARCHAR(100),
    created_roles  VARCHAR(200),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT workflow_schedules_workflow_fk FOREIGN KEY (workflow_id) REFERENCES workflows (id) ON DELETE CASCADE
);

CREATE INDEX workflow_schedules_due_idx ON workflow_schedules (enabled, next_fire_at);
