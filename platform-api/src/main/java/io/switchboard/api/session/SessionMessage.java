package io.switchboard.api.session;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One message of a session's memory. */
@Schema(name = "SessionMessage")
public record SessionMessage(@Schema(enumeration = {"user", "assistant", "tool"}) String role,
                             @Schema(description = "The user whose conversation it is (sessions are per user)")
                             String user,
                             @Schema(description = "The agent that wrote it (assistant and tool messages)") String agent,
                             String text,
                             @Schema(description = "Tools the assistant called in this message") List<String> toolCalls,
                             String at) {
}
