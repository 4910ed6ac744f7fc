/**
 * The execution log: every step of the platform's work as an event, persisted in order, readable per task and
 * as a tail (after an event id) for live streams that lose nothing on reconnect.
 */
package io.switchboard.core.event;
