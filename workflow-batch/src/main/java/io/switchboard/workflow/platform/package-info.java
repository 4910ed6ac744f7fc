/**
 * The workflow module's place in the platform: its schema migrations, what its definitions may refer to, and the
 * tick every server runs (schedules, approval timeouts, recovery of interrupted runs).
 */
package io.switchboard.workflow.platform;
