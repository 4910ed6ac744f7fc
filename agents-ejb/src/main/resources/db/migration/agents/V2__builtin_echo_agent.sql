-- The built-in echo agent answers with its input, so the platform works with no LLM configured.
INSERT INTO agents (id, name, name_key, description, kind, executor, status, built_in, created_at, updated_at)
VALUES ('00000000-0000-4000-8000-000000000001', 'echo', 'echo',
        'Built-in agent that answers with its input. Useful to check the platform end to end without a model.',
        'local', 'echo', 'active', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
