/** Platform status: version, uptime, the database and agent counts, in one answer. */
package io.switchboard.orchestration.status;
