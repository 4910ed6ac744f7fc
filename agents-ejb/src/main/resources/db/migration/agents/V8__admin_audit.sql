-- The audit of administrative actions: who (principal and roles), did what (action, target type and id, the
-- request's method and path), with which outcome (HTTP status; a refusal's problem detail), when and from where
-- (client address, user agent). Written by the API for every create, change, delete and run operation.
CREATE TABLE admin_audit (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    acted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(200)  NOT NULL,
    roles           VARCHAR(200),
    action          VARCHAR(100)  NOT NULL,
    target_type     VARCHAR(50)   NOT NULL,
    target_id       VARCHAR(300),
    method          VARCHAR(10)   NOT NULL,
    path            VARCHAR(2000) NOT NULL,
    status_code     INTEGER       NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    detail          TEXT,
    client_address  VARCHAR(100),
    user_agent      VARCHAR(300)
);

CREATE INDEX admin_audit_acted_at_idx ON admin_audit (acted_at);
CREATE INDEX admin_audit_target_idx ON admin_audit (target_type, target_id);
CREATE INDEX admin_audit_actor_idx ON admin_audit (actor, acted_at);
