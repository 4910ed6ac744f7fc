package io.switchboard.web.a2a;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.StreamingOutput;

/** The answer to one JSON-RPC request: a single JSON-RPC response, or a stream of them (SSE). */
sealed interface A2aReply {

    record Single(JsonObject response) implements A2aReply {
    }

    record Stream(StreamingOutput events) implements A2aReply {
    }
}
