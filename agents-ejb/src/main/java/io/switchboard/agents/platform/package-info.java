/**
 * The platform database as a whole: versioned schema migrations (Flyway, one history table per module),
 * what the database is and whether it is healthy, and the readiness health check built on that; and what the
 * application sets up once at start (built-in tools, the trace fields of log records).
 */
package io.switchboard.agents.platform;
