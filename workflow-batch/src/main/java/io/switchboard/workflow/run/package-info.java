/**
 * Workflow runs as Jakarta Batch jobs ({@code workflow-run}): a chunk step whose items are the run's nodes, one
 * per chunk — the reader picks the next node whose incoming edges are resolved, the processor executes it, the
 * writer stores its result. The node rows in the database are the checkpoint, so a restarted run continues with
 * the nodes that have not completed and never runs a completed one again.
 */
package io.switchboard.workflow.run;
