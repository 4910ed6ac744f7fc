-- The built-in tool agent runs the registry's tools directly, so tools work with no language model configured.
-- Its tool list '*' lets it use every enabled tool.
INSERT INTO agents (id, name, name_key, description, kind, executor, status, built_in, created_at, updated_at)
VALUES ('00000000-0000-4000-8000-000000000002', 'tool', 'tool',
        'Built-in agent that runs tools: calculations ("what is 15% of 200"), unit conversions ("convert 3 miles to km"), '
        || 'dates and times ("what time is it in Tokyo"), and any registered tool called by name with JSON arguments '
        || '(e.g. calculator {"expression": "2^10"}).',
        'local', 'tool', 'active', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO agent_tools (agent_id, position, tool_name) VALUES ('00000000-0000-4000-8000-000000000002', 0, '*');
