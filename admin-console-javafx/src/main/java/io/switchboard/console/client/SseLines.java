package io.switchboard.console.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The server-sent-events wire format (WHATWG HTML, "event stream interpretation"), as far as the console needs
 * it: the {@code data} of each event, its lines joined by newlines; comments and other fields are skipped.
 */
final class SseLines {

    private SseLines() {
    }

    static void read(InputStream in, Consumer<String> onData) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder data = new StringBuilder();
        boolean hasData = false;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                if (hasData) {
                    onData.accept(data.toString());
                }
                data.setLength(0);
                hasData = false;
            } else if (line.startsWith("data:")) {
                if (hasData) {
                    data.append('\n');
                }
                String value = line.substring(5);
                data.append(value.startsWith(" ") ? value.substring(1) : value);
                hasData = true;
            }
        }
    }
}
