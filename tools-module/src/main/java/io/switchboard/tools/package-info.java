/**
 * The tools module: a registry of tools an agent, a workflow or an administrator may call, each with a JSON
 * Schema for its arguments, its own limits and an audit of every call. Sub-packages: {@code tool} the
 * registry, {@code invoke} validation, limits and execution, {@code schema} JSON Schema checks,
 * {@code audit} the invocation audit, {@code builtin} the built-in tools, {@code http} outbound HTTP and
 * administrator-defined HTTP tools, {@code sql} read-only SQL, {@code mcp} MCP servers as tool sources.
 */
package io.switchboard.tools;
