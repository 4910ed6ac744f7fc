/** The execution log as the API shows it: a task's events, and tails of the log for live streams. */
package io.switchboard.orchestration.event;
