/** The execution log over REST: a task's events, and the live event stream (SSE). */
package io.switchboard.web.event;
