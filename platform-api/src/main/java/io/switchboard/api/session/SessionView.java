package io.switchboard.api.session;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A conversation session (A2A contextId, or the sessionId of /api/execute-task) and its messages, oldest first. */
@Schema(name = "SessionView")
public record SessionView(String id, int messageCount, List<SessionMessage> messages) {
}
