-- The whole definition of an agent (system prompt, model settings with the API key sealed, knowledge
-- collections, memory and limits, as JSON), its current version, and one immutable row per version.
ALTER TABLE agents ADD COLUMN system_prompt TEXT;
ALTER TABLE agents ADD COLUMN model_settings TEXT;
ALTER TABLE agents ADD COLUMN model_api_key_sealed TEXT;
ALTER TABLE agents ADD COLUMN collections TEXT;
ALTER TABLE agents ADD COLUMN memory_settings TEXT;
ALTER TABLE agents ADD COLUMN agent_limits TEXT;
ALTER TABLE agents ADD COLUMN current_version INTEGER NOT NULL DEFAULT 1;

-- change_kind: created | updated | rolled-back | enabled | disabled. snapshot: the definition as JSON (the
-- sealed API key included, so a rollback brings it back; it never leaves the server).
CREATE TABLE agent_versions (
    agent_id     VARCHAR(36)  NOT NULL,
    version      INTEGER      NOT NULL,
    change_kind  VARCHAR(20)  NOT NULL,
    changed_by   VARCHAR(100),
    snapshot     TEXT         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agent_versions_pk PRIMARY KEY (agent_id, version),
    CONSTRAINT agent_versions_agent_fk FOREIGN KEY (agent_id) REFERENCES agents (id) ON DELETE CASCADE
);
