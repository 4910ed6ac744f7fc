/**
 * The tools screen: the registry, MCP servers with their status, test-invoke with a form generated from the
 * tool's JSON Schema, and the audit of the tool's invocations.
 */
package io.switchboard.console.tools;
