/** The audit of administrative actions: recorded by the API for each change, queried by administrators. */
package io.switchboard.agents.audit;
