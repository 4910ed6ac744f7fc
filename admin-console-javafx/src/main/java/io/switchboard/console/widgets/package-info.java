/**
 * Small view helpers several screens use: text columns and cells computed from the row's value, and forms made
 * from a JSON Schema (tool arguments, workflow run inputs), and confirmations.
 */
package io.switchboard.console.widgets;
