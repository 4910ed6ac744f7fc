/**
 * Task execution: a structured task is recorded, sent to its agent over A2A, and its result stored.
 * Owns the {@code tasks} table and its schema migrations.
 */
package io.switchboard.orchestration.task;
