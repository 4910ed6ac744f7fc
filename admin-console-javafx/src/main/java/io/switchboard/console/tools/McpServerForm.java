package io.switchboard.console.tools;

import io.switchboard.api.tool.McpServerRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts of the "add MCP server" form as a registration: a name, and either a command line (stdio; words
 * split at spaces, "double quotes" keep a word with spaces together) with environment variables, or a URL
 * (streamable HTTP) with headers. Variables and headers are one {@code NAME=value} per line; values may be
 * {@code {{secret:NAME}}} references, resolved by the server.
 */
record McpServerForm(String name, boolean http, String commandLine, String url, String pairs) {

    McpServerRequest request() {
        String n = name == null ? "" : name.strip();
        if (http) {
            return new McpServerRequest(n, null, blankToNull(url), null, pairs(pairs));
        }
        List<String> command = words(commandLine);
        return new McpServerRequest(n, command.isEmpty() ? null : command, null, pairs(pairs), null);
    }

    /** The command line's words. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        if (line == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.strip().toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }

    /** NAME=value lines (blank lines skipped; a line without '=' is a name with an empty value). */
    static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (text == null) {
            return null;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            pairs.put((eq < 0 ? line : line.substring(0, eq)).strip(), eq < 0 ? "" : line.substring(eq + 1).strip());
        }
        return pairs.isEmpty() ? null : pairs;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
