/**
 * Versioned workflow DAGs run as Jakarta Batch jobs (to come). Nothing is implemented yet.
 */
package io.switchboard.workflow;
