package io.switchboard.agents.specialist.tool;

import jakarta.json.JsonObject;

/** A tool call read from a message: which tool, with which arguments, and how it was recognised. */
record ToolRequest(String tool, JsonObject arguments, String recognisedAs) {
}
