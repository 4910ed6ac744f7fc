/** JSON helpers shared by the tools: parsing and writing JSON-P values, and bridging to Jackson for the schema validator. */
package io.switchboard.tools.json;
