/** The traffic inspector: the execution log live — tasks, A2A calls between agents, model and tool calls. */
package io.switchboard.console.traffic;
