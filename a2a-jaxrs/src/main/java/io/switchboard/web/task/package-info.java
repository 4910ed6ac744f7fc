/** Task execution endpoints. */
package io.switchboard.web.task;
