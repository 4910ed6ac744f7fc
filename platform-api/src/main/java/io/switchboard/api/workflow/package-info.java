/** Workflow definitions (versioned DAGs of agent, tool, retrieval, condition, parallel, map, approval nodes) as the API shows them. */
package io.switchboard.api.workflow;
