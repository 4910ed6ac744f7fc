package io.switchboard.web.a2a;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes server-sent events, one JSON-RPC response per {@code data:} line, flushing each. A client that went
 * away does not stop the task: writes after the first failure are dropped.
 */
final class SseWriter {

    private final OutputStream out;
    private volatile boolean broken;

    SseWriter(OutputStream out) {
        this.out = out;
    }

    synchronized void send(String response) {
        if (broken) {
            return;
        }
        try {
            out.write(("data: " + response + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            broken = true;
        }
    }
}
