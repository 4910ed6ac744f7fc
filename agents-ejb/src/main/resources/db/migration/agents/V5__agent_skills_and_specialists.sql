-- Agent skills (what cards show and what the orchestrator routes by), and the built-in specialists:
-- general, document, data and vision (the tool agent came in V4). Each works without a language model.

ALTER TABLE agents ADD COLUMN skills TEXT;

UPDATE agents SET skills = '[{"id": "arithmetic", "name": "Arithmetic and percentages", "description": "Calculates exact results of arithmetic expressions, percentages, powers, roots and rounding.", "tags": ["math", "calculator"], "examples": ["what is 15% of 200", "calculate (12 + 7) * 3", "what is the square root of 144", "how much is 2 to the power of 10", "compute 17 divided by 4", "add 345 and 678", "what is 7 times 8"]}, {"id": "unit-conversion", "name": "Unit conversion", "description": "Converts amounts between units of length, weight, temperature, volume, speed, area, energy and pressure.", "tags": ["units", "conversion"], "examples": ["convert 3 miles to km", "how many kilograms is 10 pounds", "72 fahrenheit in celsius", "convert 5 gallons to liters", "60 mph in km/h", "how many feet are in 2 meters"]}, {"id": "date-time", "name": "Dates and times", "description": "Tells the current date and time in any time zone, converts between zones and does date arithmetic.", "tags": ["time", "date", "calendar"], "examples": ["what time is it in Tokyo", "what is the date today", "how many days until March 1", "what day of the week is 2027-01-01", "add 90 days to today", "what time is it in New York right now"]}, {"id": "run-tool", "name": "Run a named tool", "description": "Runs a registered tool (built-in, HTTP, SQL or MCP) by name with JSON arguments.", "tags": ["tools", "mcp"], "examples": ["calculator {\"expression\": \"2^10\"}", "run the http_request tool on https://api.example.com/status", "call the echo tool with message hi"]}]' WHERE id = '00000000-0000-4000-8000-000000000002';

INSERT INTO agents (id, name, name_key, description, kind, executor, status, built_in, skills, created_at, updated_at)
VALUES ('00000000-0000-4000-8000-000000000003', 'general', 'general',
        'Built-in general assistant: conversation, greetings and questions about what the platform can do. Without a language model it explains what it and the other agents can do.',
        'local', 'general', 'active', TRUE,
        '[{"id": "conversation", "name": "Conversation", "description": "Greets, answers general questions and explains what the platform and its agents can do.", "tags": ["chat", "help"], "examples": ["hello", "hi there, how are you?", "good morning", "thanks for your help", "who are you?", "what can you do?", "tell me a joke", "help", "what agents are available?", "explain what Switchboard is"]}]',
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO agents (id, name, name_key, description, kind, executor, status, built_in, skills, created_at, updated_at)
VALUES ('00000000-0000-4000-8000-000000000004', 'document', 'document',
        'Built-in document specialist: answers from the knowledge collections with citations. Without a language model it returns the most relevant passages.',
        'local', 'document', 'active', TRUE,
        '[{"id": "document-search", "name": "Answers from company documents", "description": "Finds what the company documents and knowledge collections say about a topic and answers with cited passages.", "tags": ["documents", "knowledge", "search", "rag"], "examples": ["find what our documents say about the travel policy", "what does the employee handbook say about vacation days", "search the knowledge base for onboarding steps", "according to our policy documents, how do I rotate the signing keys", "look up the security guidelines", "what do our docs say about expense reports", "summarise the document about remote work", "where is the refund procedure described"]}]',
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO agent_tools (agent_id, position, tool_name) VALUES ('00000000-0000-4000-8000-000000000004', 0, 'knowledge_search');

INSERT INTO agents (id, name, name_key, description, kind, executor, status, built_in, skills, created_at, updated_at)
VALUES ('00000000-0000-4000-8000-000000000005', 'data', 'data',
        'Built-in data specialist: answers questions over the registered read-only SQL datasources. Without a language model it runs the read-only SQL it is given.',
        'local', 'data', 'active', TRUE,
        '[{"id": "sql-query", "name": "Queries over company data", "description": "Answers questions over the registered read-only SQL datasources and runs read-only SQL it is given.", "tags": ["data", "sql", "database", "reports"], "examples": ["SELECT count(*) FROM orders", "run this query: select name, total from customers order by total desc limit 10", "how many orders were placed last month in the database", "show the top 5 customers by revenue from the warehouse tables", "query the sales table for totals by region", "list the tables in the reporting database"]}]',
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO agent_tools (agent_id, position, tool_name) VALUES ('00000000-0000-4000-8000-000000000005', 0, 'sql_query');

INSERT INTO agents (id, name, name_key, description, kind, executor, status, built_in, skills, created_at, updated_at)
VALUES ('00000000-0000-4000-8000-000000000006', 'vision', 'vision',
        'Built-in vision specialist: describes images and answers questions about them with a vision-capable model; without one it reports the image facts it can compute.',
        'local', 'vision', 'active', TRUE,
        '[{"id": "image-description", "name": "Images", "description": "Looks at images: describes them and answers questions about them with a vision-capable model; without one it reports facts it can compute such as format and size.", "tags": ["images", "vision", "photos"], "examples": ["describe this image", "what is in this picture?", "read the text in this screenshot", "how big is this photo", "what colors are in this image", "analyze the attached chart image"]}]',
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
