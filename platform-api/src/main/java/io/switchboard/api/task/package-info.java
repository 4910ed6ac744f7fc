/** Task execution DTOs: a structured task for an agent and the result it produced. */
package io.switchboard.api.task;
