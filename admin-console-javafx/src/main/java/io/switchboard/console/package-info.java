/**
 * The JavaFX admin console: a desktop client that talks to the server only through the public REST/SSE API,
 * with the DTOs and client interfaces of platform-api (the enforcer rule in this module's POM fails the build
 * otherwise). One package per screen, each a view and a view model; background work only through
 * {@link io.switchboard.console.concurrent.BackgroundTasks}. Start it with {@link io.switchboard.console.Launcher}.
 */
package io.switchboard.console;
