package io.switchboard.core.event;

import java.time.OffsetDateTime;

/** One event as logged; {@code data} is a JSON object as text. */
public record LoggedEvent(long id, String type, String taskId, String agent, OffsetDateTime at, String data) {
}
