/**
 * Cron schedules of workflows: stored with their next fire time, fired by a tick on every server, where a
 * conditional update of the next fire time lets exactly one server fire each due time.
 */
package io.switchboard.workflow.schedule;
