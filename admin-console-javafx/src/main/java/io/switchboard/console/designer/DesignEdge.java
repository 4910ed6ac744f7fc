package io.switchboard.console.designer;

/**
 * A connection from one node's output port to another's input port; {@code when} labels the branches of a
 * condition ("true"/"false") or a map's per-item path ("item"); {@code error} marks an error edge.
 */
public record DesignEdge(String from, String to, String when, boolean error) {

    public String label() {
        return error ? "error" : when == null ? "" : when;
    }
}
