package io.switchboard.workflow.definition;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.api.problem.Problem;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowEdge;
import io.switchboard.api.workflow.WorkflowInput;
import io.switchboard.api.workflow.WorkflowNode;
import io.switchboard.workflow.catalog.WorkflowTemplates;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every kind of problem is found and named with the node, edge or input it concerns. */
class WorkflowValidatorTest {

    static final WorkflowValidator.References KNOWN = new WorkflowValidator.References() {
        @Override
        public boolean agentExists(String name) {
            return Set.of("general", "document", "data", "tool").contains(name);
        }

        @Override
        public boolean toolExists(String name) {
            return Set.of("calculator", "sql_query").contains(name);
        }

        @Override
        public boolean collectionExists(String nameOrId) {
            return nameOrId.equals("handbook");
        }
    };

    static WorkflowNode node(String id, String type, JsonObject config) {
        return new WorkflowNode(id, type, null, config, null, null, null, null, null, null);
    }

    static WorkflowNode node(String id, String type) {
        return node(id, type, null);
    }

    static JsonObject config(String... keyValues) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < keyValues.length; i += 2) {
            b.add(keyValues[i], keyValues[i + 1]);
        }
        return b.build();
    }

    static WorkflowEdge edge(String from, String to) {
        return new WorkflowEdge(from, to, null, null);
    }

    static WorkflowEdge when(String from, String to, String when) {
        return new WorkflowEdge(from, to, when, null);
    }

    static List<String> problems(WorkflowDocument doc) {
        return WorkflowValidator.validate(doc, KNOWN).stream().map(p -> p.field() + ": " + p.message()).toList();
    }

    static WorkflowDocument doc(List<WorkflowNode> nodes, List<WorkflowEdge> edges) {
        return new WorkflowDocument("w", null, List.of(new WorkflowInput("question", "string", true, null, null)),
                nodes, edges);
    }

    @Test
    void aSmallValidWorkflowHasNoProblems() {
        WorkflowDocument doc = doc(List.of(node("start", "start"),
                node("ask", "agent", config("agent", "general", "input", "Q: ${inputs.question}")),
                node("done", "end", config("output", "${nodes.ask.output}"))),
                List.of(edge("start", "ask"), edge("ask", "done")));
        assertThat(problems(doc)).isEmpty();
    }

    @Test
    void theShippedTemplatesAreValid() {
        WorkflowValidator.References withAnyCollection = new WorkflowValidator.References() {
            @Override
            public boolean agentExists(String name) {
                return KNOWN.agentExists(name);
            }

            @Override
            public boolean toolExists(String name) {
                return KNOWN.toolExists(name);
            }

            @Override
            public boolean collectionExists(String nameOrId) {
                return true;
            }
        };
        assertThat(WorkflowTemplates.all()).hasSize(3).allSatisfy(t ->
                assertThat(WorkflowValidator.validate(t.definition(), withAnyCollection)).as(t.id()).isEmpty());
    }

    @Test
    void structuralProblemsAreAllListedWithTheirNodeOrEdge() {
        WorkflowDocument doc = doc(List.of(node("start", "start"), node("start2", "start"), node("a", "agent",
                        config("agent", "general", "input", "x")), node("a", "tool"), node("bad-id", "agent"),
                node("orphan", "transform", config("template", "t")), node("mystery", "wizard")),
                List.of(edge("start", "a"), edge("a", "nowhere"), edge("ghost", "a"), edge("a", "a")));
        assertThat(problems(doc)).contains(
                "nodes: a workflow has exactly one start node; these are all start nodes: start, start2",
                "nodes: a workflow needs at least one end node",
                "nodes[a]: id is used by another node",
                "nodes[bad-id]: id must start with a letter and hold only letters, digits and _ (at most 64)",
                "edges[1]: ends at 'nowhere', which is not a node",
                "edges[2]: starts at 'ghost', which is not a node",
                "edges[3]: connects node 'a' to itself",
                "nodes[orphan]: has no incoming edge: nothing runs it",
                "nodes[a]: has no outgoing edge: connect it to the next node or to an end node");
        assertThat(problems(doc)).anyMatch(p -> p.startsWith("nodes[mystery].type: must be one of"));

        WorkflowDocument island = doc(List.of(node("start", "start"), node("done", "end"),
                node("x", "transform", config("template", "a")), node("y", "transform", config("template", "b"))),
                List.of(edge("start", "done"), edge("x", "y"), edge("y", "done")));
        assertThat(problems(island)).containsExactly("nodes[x]: has no incoming edge: nothing runs it",
                "nodes[x]: cannot be reached from the start node", "nodes[y]: cannot be reached from the start node");
    }

    @Test
    void cyclesAreRefusedButAMapsSubPathMayLeadBackToItsMapNode() {
        WorkflowDocument cyclic = doc(List.of(node("start", "start"),
                node("a", "agent", config("agent", "general", "input", "x")),
                node("b", "agent", config("agent", "general", "input", "y")), node("done", "end")),
                List.of(edge("start", "a"), edge("a", "b"), edge("b", "a"), edge("b", "done")));
        assertThat(problems(cyclic)).anyMatch(p -> p.contains("is on a cycle: a -> b -> a"));

        WorkflowDocument mapped = new WorkflowDocument("m", null, List.of(new WorkflowInput("urls", "array", true, null,
                null)), List.of(node("start", "start"), node("each", "map", Json.createObjectBuilder()
                        .add("items", "${inputs.urls}").add("concurrency", 4).build()),
                node("fetch", "tool", Json.createObjectBuilder().add("tool", "calculator").add("arguments",
                        Json.createObjectBuilder().add("expression", "${item}")).build()), node("done", "end")),
                List.of(edge("start", "each"), when("each", "fetch", "item"), edge("fetch", "each"), edge("each", "done")));
        assertThat(problems(mapped)).isEmpty();
    }

    @Test
    void eachTypesConfigurationAndEdgesAreChecked() {
        WorkflowDocument doc = doc(List.of(node("start", "start"),
                node("ask", "agent", config("agent", "nobody")),
                node("calc", "tool", config("tool", "rm_rf")),
                node("find", "retrieve", Json.createObjectBuilder().add("collection", "secret").add("query", "q")
                        .add("k", 500).build()),
                node("check", "condition", config("expression", "not an expression")),
                node("fan", "parallel"), node("meet", "join"),
                node("wait", "approval", config("onTimeout", "maybe")),
                node("done", "end")),
                List.of(edge("start", "ask"), edge("ask", "calc"), edge("calc", "find"), edge("find", "check"),
                        when("check", "fan", "yes"), edge("fan", "meet"), edge("meet", "wait"), edge("wait", "done")));
        assertThat(problems(doc)).contains(
                "nodes[ask].config.agent: no agent named 'nobody' is registered",
                "nodes[ask].config.input: is required (a text)",
                "nodes[calc].config.tool: no tool named 'rm_rf' is registered",
                "nodes[find].config.collection: no knowledge collection 'secret' exists",
                "nodes[find].config.k: must be a whole number from 1 to 50",
                "nodes[check].config.expression: must be one EL expression, e.g. ${inputs.amount > 100}",
                "nodes[check]: a condition node has two outgoing edges, one with when \"true\" and one with when \"false\"",
                "nodes[fan]: a parallel node fans out: it needs at least two outgoing edges",
                "nodes[meet]: a join node waits for branches: it needs at least two incoming edges",
                "nodes[wait].config.onTimeout: must be approve or reject");
    }

    @Test
    void expressionsMustParseAndReadOnlyDeclaredInputsAndEarlierNodes() {
        WorkflowDocument doc = doc(List.of(node("start", "start"),
                node("first", "agent", config("agent", "general", "input", "${inputs.question} ${inputs.missing}")),
                node("second", "agent", config("agent", "general", "input", "${nodes.third.output} ${nodes.nope.output}")),
                node("third", "transform", config("template", "${1 +* 2}")),
                node("done", "end")),
                List.of(edge("start", "first"), edge("first", "second"), edge("second", "third"), edge("third", "done")));
        List<String> problems = problems(doc);
        assertThat(problems).contains(
                "nodes[first].config.input: reads input 'missing', which the workflow does not declare",
                "nodes[second].config.input: reads node 'third', which does not run before node 'second'",
                "nodes[second].config.input: reads node 'nope', which does not exist");
        assertThat(problems).anyMatch(p -> p.startsWith("nodes[third].config.template: is not valid Jakarta EL"));
        assertThat(Expressions.syntaxProblem("${(x -> x)(1)}")).contains("lambda");
    }

    @Test
    void nodeSettingsAndErrorEdgesAreChecked() {
        List<WorkflowNode> nodes = new ArrayList<>(List.of(node("start", "start"), node("done", "end"),
                node("fallback", "end")));
        nodes.add(new WorkflowNode("ask", "agent", null, config("agent", "general", "input", "x"), 0, 11, -1, "retry",
                null, null));
        nodes.add(new WorkflowNode("risky", "agent", null, config("agent", "general", "input", "x"), null, null, null,
                "error-edge", null, null));
        WorkflowDocument doc = doc(nodes, List.of(edge("start", "ask"), edge("ask", "risky"), edge("risky", "done"),
                new WorkflowEdge("ask", "fallback", null, true)));
        assertThat(problems(doc)).contains(
                "nodes[ask].timeoutSeconds: must be between 1 and 86400",
                "nodes[ask].retries: must be between 0 and 10",
                "nodes[ask].retryBackoffMs: must be between 0 and 600000",
                "nodes[ask].onFailure: must be fail, continue or error-edge",
                "nodes[ask]: has an error edge; set onFailure to error-edge to take it",
                "nodes[risky].onFailure: is error-edge, but no outgoing edge has error: true");
    }

    @Test
    void problemsAreFieldErrors() {
        List<Problem.FieldError> errors = WorkflowValidator.validate(new WorkflowDocument(null, null, null, null, null),
                KNOWN);
        assertThat(errors).extracting(Problem.FieldError::field).contains("name", "nodes");
    }
}
