/** The general specialist: conversation. Without a model it greets and explains what the platform's agents can do. */
package io.switchboard.agents.specialist.general;
