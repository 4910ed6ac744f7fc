/**
 * The agent executor SPI: the code that does an agent's work behind its A2A endpoint. An executor receives
 * the task's context (the incoming message, earlier history, a cancel flag) and reports through it: status
 * changes, artifacts, and how the task ends. The A2A server (orchestration module) persists and streams
 * what it reports. Executors are CDI beans chosen by the agent's executor name.
 */
package io.switchboard.agents.execution;
