package io.switchboard.web.body;

/**
 * How deeply a JSON text nests arrays and objects, counted without parsing it: brackets inside strings (escapes
 * included) do not count. Malformed text is counted as far as it goes; the parser reports the rest.
 */
public final class JsonNesting {

    /** Deeper than any body the API documents; the JSON-B binding of a few thousand levels overflows the stack. */
    public static final int MAX_DEPTH = 100;

    private int depth;
    private int deepest;
    private boolean inString;
    private boolean escaped;

    /** The deepest nesting of {@code text}. */
    public static int depthOf(CharSequence text) {
        JsonNesting nesting = new JsonNesting();
        for (int i = 0; i < text.length(); i++) {
            nesting.accept(text.charAt(i));
        }
        return nesting.deepest();
    }

    /** Counts one character (or one byte of UTF-8: the structural characters are all ASCII). */
    public void accept(int c) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            return;
        }
        switch (c) {
            case '"' -> inString = true;
            case '[', '{' -> deepest = Math.max(deepest, ++depth);
            case ']', '}' -> depth = Math.max(0, depth - 1);
            default -> {
            }
        }
    }

    public int deepest() {
        return deepest;
    }
}
