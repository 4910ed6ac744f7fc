/**
 * Workflows: versioned DAGs of agent, tool, retrieval, condition, parallel/join, map, transform and approval
 * nodes ({@code definition/} validation and expressions, {@code catalog/} storage, versions, diffs and templates,
 * {@code run/} runs as Jakarta Batch jobs, {@code schedule/} cron schedules, {@code platform/} the module's schema
 * and its tick).
 */
package io.switchboard.workflow;
