-- How the orchestrator chose a task's agent: requested (named by the caller), embedding, fallback or model,
-- the similarity score, and the reason in words.
ALTER TABLE tasks ADD COLUMN routing_mode VARCHAR(20);
ALTER TABLE tasks ADD COLUMN routing_score DOUBLE PRECISION;
ALTER TABLE tasks ADD COLUMN routing_reason VARCHAR(1000);
