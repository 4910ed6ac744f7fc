/**
 * Running an agent: the executor behind each agent's A2A endpoint turns an incoming A2A message into a
 * task with the agent's answer. Executors are pluggable CDI beans chosen by the agent's executor name.
 */
package io.switchboard.agents.execution;
