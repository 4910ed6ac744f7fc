/**
 * Language models for agents: which model an agent uses (its own settings over the platform default), the
 * LangChain4j provider clients built from them (OpenAI-compatible, Anthropic, Gemini, Ollama), and the metering
 * wrapper through which every model call passes, so that budgets are checked before a call and usage recorded
 * after it.
 */
package io.switchboard.agents.model;
