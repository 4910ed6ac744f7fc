package io.switchboard.web.a2a;

import jakarta.ws.rs.core.StreamingOutput;

/** The answer to one JSON-RPC request: a single JSON-RPC response (as JSON text), or a stream of them (SSE). */
sealed interface A2aReply {

    record Single(String response) implements A2aReply {
    }

    record Stream(StreamingOutput events) implements A2aReply {
    }
}
