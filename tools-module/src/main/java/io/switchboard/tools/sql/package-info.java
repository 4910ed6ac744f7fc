/**
 * Read-only SQL for tools: datasources an administrator registers (password sealed at rest), the statement
 * check (JSqlParser: exactly one SELECT, WITH … SELECT or EXPLAIN of one; no locking, no SELECT INTO, no
 * functions with side effects), and running it in a read-only transaction with row and time limits.
 */
package io.switchboard.tools.sql;
