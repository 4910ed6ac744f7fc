/** Execution-log events as the API and the live event stream show them. */
package io.switchboard.api.event;
