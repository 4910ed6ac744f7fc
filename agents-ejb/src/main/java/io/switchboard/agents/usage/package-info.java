/**
 * Model usage and budgets: every model call recorded with its tokens and estimated cost (price table per model),
 * budgets per task, per agent and day, and for the whole platform per day checked before each call, and usage
 * reports summed per agent, task, session, day or model.
 */
package io.switchboard.agents.usage;
