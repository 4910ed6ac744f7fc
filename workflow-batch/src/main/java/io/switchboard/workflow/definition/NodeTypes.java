package io.switchboard.workflow.definition;

import java.util.Set;

/** The node types of a workflow, and what a node may do when it fails. */
public final class NodeTypes {

    public static final String START = "start";
    public static final String END = "end";
    public static final String AGENT = "agent";
    public static final String TOOL = "tool";
    public static final String RETRIEVE = "retrieve";
    public static final String CONDITION = "condition";
    public static final String PARALLEL = "parallel";
    public static final String JOIN = "join";
    public static final String MAP = "map";
    public static final String TRANSFORM = "transform";
    public static final String APPROVAL = "approval";

    public static final Set<String> ALL = Set.of(START, END, AGENT, TOOL, RETRIEVE, CONDITION, PARALLEL, JOIN, MAP,
            TRANSFORM, APPROVAL);
    public static final Set<String> ON_FAILURE = Set.of("fail", "continue", "error-edge");
    public static final Set<String> INPUT_TYPES = Set.of("string", "number", "boolean", "object", "array");

    private NodeTypes() {
    }
}
