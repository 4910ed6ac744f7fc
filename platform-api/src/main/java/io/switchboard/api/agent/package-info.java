/** Agent registry DTOs: registering an agent and reading what the registry holds. */
package io.switchboard.api.agent;
