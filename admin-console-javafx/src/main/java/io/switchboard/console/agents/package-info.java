/** The agents screen: every agent with its kind, status and health; enable and disable. */
package io.switchboard.console.agents;
