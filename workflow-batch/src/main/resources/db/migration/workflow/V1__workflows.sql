-- Workflow definitions: one row per workflow (its name and current version) and one immutable row per version
-- holding the whole definition as JSON. Runs will pin a version.
CREATE TABLE workflows (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    name_key        VARCHAR(100) NOT NULL,
    description     TEXT,
    current_version INTEGER      NOT NULL,
    created_by      VARCHAR(100),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT workflows_name_key_uq UNIQUE (name_key)
);

CREATE TABLE workflow_versions (
    workflow_id VARCHAR(36)  NOT NULL,
    version     INTEGER      NOT NULL,
    definition  TEXT         NOT NULL,
    comment     VARCHAR(500),
    created_by  VARCHAR(100),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT workflow_versions_pk PRIMARY KEY (workflow_id, version),
    CONSTRAINT workflow_versions_workflow_fk FOREIGN KEY (workflow_id) REFERENCES workflows (id) ON DELETE CASCADE
);
