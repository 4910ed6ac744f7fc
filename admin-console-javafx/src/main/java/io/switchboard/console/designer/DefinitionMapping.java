package io.switchboard.console.designer;

import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowEdge;
import io.switchboard.api.workflow.WorkflowInput;
import io.switchboard.api.workflow.WorkflowNode;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Between the canvas (nodes with configuration texts) and a {@link WorkflowDocument}: each field's text becomes
 * the JSON its {@link NodeKinds.Kind} asks for; config keys the designer has no field for are kept as they were.
 */
public final class DefinitionMapping {

    private DefinitionMapping() {
    }

    public static WorkflowDocument toDocument(String name, String description, List<WorkflowInput> inputs,
                                              List<DesignNode> nodes, List<DesignEdge> edges) {
        List<WorkflowNode> out = new ArrayList<>();
        for (DesignNode node : nodes) {
            DesignNode.Settings s = node.settings();
            out.add(new WorkflowNode(node.id(), node.type(), blankToNull(node.name()), config(node), s.timeoutSeconds(),
                    s.retries(), s.retryBackoffMs(), s.onFailure(), round(node.xProperty().get()),
                    round(node.yProperty().get())));
        }
        List<WorkflowEdge> outEdges = edges.stream()
                .map(e -> new WorkflowEdge(e.from(), e.to(), e.when(), e.error() ? Boolean.TRUE : null)).toList();
        return new WorkflowDocument(name, blankToNull(description), inputs, out, outEdges);
    }

    /** Canvas nodes of a document; nodes without a position are laid out left to right. */
    public static List<DesignNode> nodes(WorkflowDocument document) {
        List<DesignNode> nodes = new ArrayList<>();
        int i = 0;
        for (WorkflowNode n : document.nodes()) {
            double x = n.x() != null ? n.x() : 40 + (i % 6) * (DesignNode.WIDTH + 50);
            double y = n.y() != null ? n.y() : 60 + (i / 6) * (DesignNode.HEIGHT + 60);
            DesignNode node = new DesignNode(n.id(), n.type(), n.name() == null ? n.id() : n.name(), x, y);
            node.settings(new DesignNode.Settings(n.timeoutSeconds(), n.retries(), n.retryBackoffMs(), n.onFailure()));
            if (n.config() != null) {
                for (Map.Entry<String, JsonValue> entry : n.config().entrySet()) {
                    node.config().put(entry.getKey(), text(entry.getValue()));
                }
            }
            nodes.add(node);
            i++;
        }
        return nodes;
    }

    public static List<DesignEdge> edges(WorkflowDocument document) {
        return document.edges().stream()
                .map(e -> new DesignEdge(e.from(), e.to(), e.when(), Boolean.TRUE.equals(e.error()))).toList();
    }

    static JsonObject config(DesignNode node) {
        JsonObjectBuilder config = Json.createObjectBuilder();
        Map<String, NodeKinds.Field> fields = new java.util.HashMap<>();
        NodeKinds.fields(node.type()).forEach(f -> fields.put(f.key(), f));
        for (Map.Entry<String, String> entry : new java.util.TreeMap<>(node.config()).entrySet()) {
            String text = entry.getValue();
            if (text == null || text.isBlank()) {
                continue;
            }
            NodeKinds.Field field = fields.get(entry.getKey());
            config.add(entry.getKey(), value(text, field == null ? NodeKinds.Kind.JSON_OR_TEXT : field.kind()));
        }
        return config.build();
    }

    /** A field's text as JSON: numbers as numbers, JSON objects and arrays parsed, anything else a text. */
    static JsonValue value(String text, NodeKinds.Kind kind) {
        String t = text.strip();
        if (kind == NodeKinds.Kind.NUMBER) {
            try {
                return Json.createValue(Long.parseLong(t));
            } catch (NumberFormatException e) {
                return Json.createValue(text); // the server says what is wrong with it
            }
        }
        if (kind == NodeKinds.Kind.JSON_OR_TEXT && (t.startsWith("{") || t.startsWith("["))) {
            try (var reader = Json.createReader(new StringReader(t))) {
                return reader.readValue();
            } catch (JsonParsingException e) {
                return Json.createValue(text);
            }
        }
        return Json.createValue(text);
    }

    /** How a config value shows in a text field: texts as they are, anything else as JSON. */
    static String text(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        return value.toString();
    }

    private static Double round(double value) {
        return (double) Math.round(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
