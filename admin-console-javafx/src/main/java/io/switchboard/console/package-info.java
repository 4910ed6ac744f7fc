/**
 * The JavaFX admin console (to come): a desktop client that talks to the server only through the public
 * REST/SSE API, with the DTOs and client interfaces of platform-api. It must never depend on server modules;
 * the enforcer rule in this module's POM fails the build if it does.
 */
package io.switchboard.console;
