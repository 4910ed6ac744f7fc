-- Multi-step requests: the orchestrator splits a request into sub-tasks for several agents; each sub-task row
-- points to the task it is part of.
ALTER TABLE tasks ADD COLUMN parent_task_id VARCHAR(36);

CREATE INDEX tasks_parent_idx ON tasks (parent_task_id);
