/**
 * End-to-end tests of the console (failsafe, {@code *IT}): the real console, headless (Monocle), against a real
 * Switchboard server started for the test from the installation platform-ear's build made.
 */
package io.switchboard.console.it;
