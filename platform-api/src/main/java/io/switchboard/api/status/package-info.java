/** Platform status DTOs: version, uptime, database and agent counts. */
package io.switchboard.api.status;
