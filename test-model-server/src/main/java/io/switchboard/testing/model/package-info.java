/**
 * A scripted language-model server for tests: real HTTP, the OpenAI and Anthropic wire formats, deterministic
 * replies chosen by rules over the request, and faults a test queues (status codes, delays).
 */
package io.switchboard.testing.model;
