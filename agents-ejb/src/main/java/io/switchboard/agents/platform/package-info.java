/**
 * The platform database as a whole: versioned schema migrations (Flyway, one history table per module),
 * what the database is and whether it is healthy, and the readiness health check built on that.
 */
package io.switchboard.agents.platform;
