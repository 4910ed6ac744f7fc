package io.switchboard.console.designer;

import javafx.scene.control.Label;

/** One node type in the palette; dragging it onto the canvas (a full press-drag-release gesture) adds a node. */
public final class PaletteItem extends Label {

    private final String type;

    public PaletteItem(String type) {
        super(Character.toUpperCase(type.charAt(0)) + type.substring(1));
        this.type = type;
        setId("palette-" + type);
        getStyleClass().addAll("palette-item", "type-" + type);
        setMaxWidth(Double.MAX_VALUE);
        setOnDragDetected(e -> {
            startFullDrag();
            e.consume();
        });
    }

    public String type() {
        return type;
    }
}
