/**
 * Agent2Agent (A2A) protocol wire types, version 0.3.0, JSON-RPC 2.0 binding: messages, parts, tasks,
 * artifacts, agent cards, the JSON-RPC envelope and the client interface used for every agent-to-agent call.
 */
package io.switchboard.api.a2a;
