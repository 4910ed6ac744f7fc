/**
 * JSON Schema for tool arguments (networknt json-schema-validator, draft 2020-12): checking that a tool's
 * schema is a valid object schema when it is registered, and listing every way the arguments of a call
 * violate it. Remote references are never fetched.
 */
package io.switchboard.tools.schema;
