/**
 * The runs screen: start a run, watch it on the workflow canvas with node colours by state, updated live from
 * the event stream; each node's output, error and timing; approve or reject waiting approvals; stop and
 * restart; the history with filters.
 */
package io.switchboard.console.runs;
