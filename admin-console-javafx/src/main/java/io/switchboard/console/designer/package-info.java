/**
 * The workflow designer: a canvas with a palette of node types, where nodes are dropped, connected output port
 * to input port, moved, selected and deleted, with zoom, pan and undo/redo; a property panel per node type;
 * the server's validation problems shown on the nodes they concern; save as a new version, load any version,
 * import and export JSON. {@link io.switchboard.console.designer.DesignerViewModel} holds every rule; the views
 * only draw it and forward gestures. The runs screen reuses the canvas, read-only, to show node states.
 */
package io.switchboard.console.designer;
