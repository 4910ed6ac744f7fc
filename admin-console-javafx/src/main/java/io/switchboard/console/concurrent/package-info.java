/**
 * The one way the console does background work: {@link io.switchboard.console.concurrent.BackgroundTasks} runs a
 * blocking call off the FX thread and hands its result or failure back on the FX thread. View models take it as
 * a constructor argument, so unit tests give them {@link io.switchboard.console.concurrent.SameThreadTasks}.
 */
package io.switchboard.console.concurrent;
