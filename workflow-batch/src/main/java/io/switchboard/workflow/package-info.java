/**
 * Workflows: versioned DAGs of agent, tool, retrieval, condition, parallel/join, map, transform and approval
 * nodes ({@code definition/} validation and expressions, {@code catalog/} storage, versions, diffs and templates,
 * {@code platform/} the module's schema). Runs as Jakarta Batch jobs come next.
 */
package io.switchboard.workflow;
