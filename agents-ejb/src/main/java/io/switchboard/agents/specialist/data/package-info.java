/**
 * The data specialist: answers over the registered read-only SQL datasources. Without a model it runs the
 * read-only SQL it is given (through the sql_query tool, so it is checked, limited and audited).
 */
package io.switchboard.agents.specialist.data;
