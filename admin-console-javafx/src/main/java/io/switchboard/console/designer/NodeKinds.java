package io.switchboard.console.designer;

import java.util.List;
import java.util.Map;

/** The node types of the palette and the configuration fields the property panel shows for each. */
public final class NodeKinds {

    /** One configuration field: its key in the node's config, its label, and how its text becomes JSON. */
    public record Field(String key, String label, Kind kind, String hint) {
    }

    /** How a field's text is written into the config. */
    public enum Kind {
        /** A text (EL templates allowed). */
        TEXT,
        /** A whole number. */
        NUMBER,
        /** A JSON object, or else a text. */
        JSON_OR_TEXT
    }

    public static final List<String> TYPES = List.of("start", "agent", "tool", "retrieve", "transform", "condition",
            "parallel", "join", "map", "approval", "end");

    private static final Map<String, List<Field>> FIELDS = Map.ofEntries(
            Map.entry("start", List.of()),
            Map.entry("end", List.of(new Field("output", "Output", Kind.JSON_OR_TEXT,
                    "the run's output, e.g. ${nodes.answer.output}"))),
            Map.entry("agent", List.of(new Field("agent", "Agent", Kind.TEXT, "a registered agent's name"),
                    new Field("input", "Input", Kind.TEXT, "what to ask, e.g. ${inputs.question}"))),
            Map.entry("tool", List.of(new Field("tool", "Tool", Kind.TEXT, "a registered tool's name"),
                    new Field("arguments", "Arguments", Kind.JSON_OR_TEXT, "a JSON object, e.g. {\"expression\":\"1+1\"}"))),
            Map.entry("retrieve", List.of(new Field("collection", "Collection", Kind.TEXT, "a knowledge collection"),
                    new Field("query", "Query", Kind.TEXT, "e.g. ${inputs.question}"),
                    new Field("k", "Passages", Kind.NUMBER, "1 to 50"))),
            Map.entry("transform", List.of(new Field("template", "Template", Kind.JSON_OR_TEXT,
                    "a text or a JSON object of EL templates"))),
            Map.entry("condition", List.of(new Field("expression", "Expression", Kind.TEXT,
                    "one EL expression, e.g. ${inputs.amount > 100}"))),
            Map.entry("parallel", List.of()),
            Map.entry("join", List.of()),
            Map.entry("map", List.of(new Field("items", "Items", Kind.TEXT, "an EL list, e.g. ${inputs.urls}"),
                    new Field("concurrency", "Concurrency", Kind.NUMBER, "1 to 32"))),
            Map.entry("approval", List.of(new Field("message", "Message", Kind.TEXT, "what the approver reads"),
                    new Field("timeoutMinutes", "Timeout (min)", Kind.NUMBER, "empty: wait for ever"),
                    new Field("onTimeout", "On timeout", Kind.TEXT, "approve or reject"))));

    private NodeKinds() {
    }

    public static List<Field> fields(String type) {
        return FIELDS.getOrDefault(type, List.of());
    }

    public static boolean hasInput(String type) {
        return !"start".equals(type);
    }

    public static boolean hasOutput(String type) {
        return !"end".equals(type);
    }
}
