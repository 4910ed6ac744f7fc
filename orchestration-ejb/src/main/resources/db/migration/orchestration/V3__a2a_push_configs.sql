-- Push-notification configurations of A2A tasks: where to deliver a task's updates and how to authenticate.
-- The client's token and credentials are sealed with the platform master key (AES-GCM), never stored plain.

CREATE TABLE a2a_push_configs (
    task_id            VARCHAR(64)   NOT NULL,
    config_id          VARCHAR(200)  NOT NULL,
    url                VARCHAR(2000) NOT NULL,
    token_sealed       TEXT,
    auth_scheme        VARCHAR(100),
    credentials_sealed TEXT,
    protocol_version   VARCHAR(10)   NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT a2a_push_configs_pk PRIMARY KEY (task_id, config_id)
);
