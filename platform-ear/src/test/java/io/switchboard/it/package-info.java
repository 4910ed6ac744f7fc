/**
 * Integration tests against real Open Liberty servers: the platform started exactly as the README's run
 * command starts it (embedded database), the same on PostgreSQL, and in-container Arquillian tests.
 */
package io.switchboard.it;
