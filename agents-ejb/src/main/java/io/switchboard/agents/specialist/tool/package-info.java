/**
 * The tool specialist (executor {@code tool}): understands direct tool requests — a tool named with JSON
 * arguments, an A2A data part, or everyday requests such as "what is 15% of 200", "convert 3 miles to km" and
 * "what time is it in Tokyo" — and runs them through the tools module's invoker, as the agent, audited.
 */
package io.switchboard.agents.specialist.tool;
