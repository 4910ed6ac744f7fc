/**
 * Workflow runs as Jakarta Batch jobs ({@code workflow-run}): a chunk step whose items are waves of the run's
 * nodes — the reader takes every node whose incoming edges are resolved, the processor runs them side by side
 * (with retries and timeouts; map nodes per item), the writer stores their results. The node rows in the database
 * are the checkpoint, so a restarted run continues with the nodes that have not completed and never runs a
 * completed one again.
 */
package io.switchboard.workflow.run;
