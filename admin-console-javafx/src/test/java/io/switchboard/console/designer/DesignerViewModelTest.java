package io.switchboard.console.designer;

import io.switchboard.api.problem.Problem;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowNode;
import io.switchboard.console.concurrent.SameThreadTasks;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DesignerViewModelTest {

    private final FakeWorkflowsApi api = new FakeWorkflowsApi();
    private final DesignerViewModel model = new DesignerViewModel(api, new SameThreadTasks());

    @Test
    void nodeIdsAreTheTypeAndAFreeNumberExceptASingleStartAndEnd() {
        model.addNode("start", 0, 0);
        model.addNode("start", 0, 0);
        model.addNode("agent", 0, 0);
        model.addNode("agent", 0, 0);
        model.addNode("end", 0, 0);

        assertThat(model.nodes()).extracting(DesignNode::id).containsExactly("start", "start1", "agent1", "agent2", "end");
        assertThat(model.selectedNodeProperty().get().id()).isEqualTo("end");
    }

    @Test
    void relabellingABranchSwapsTheConditionsOtherEdgeAndUndoRestoresBoth() {
        model.addNode("condition", 0, 0);
        model.addNode("transform", 0, 0);
        model.addNode("transform", 0, 0);
        DesignEdge yes = model.connect("condition1", "transform1").orElseThrow();
        model.connect("condition1", "transform2");

        DesignEdge relabelled = model.relabel(yes, "false", false).orElseThrow();

        assertThat(model.edges()).extracting(DesignEdge::to, DesignEdge::when).containsExactly(
                org.assertj.core.groups.Tuple.tuple("transform1", "false"),
                org.assertj.core.groups.Tuple.tuple("transform2", "true"));
        assertThat(model.selectedEdgeProperty().get()).isEqualTo(relabelled);
        assertThat(model.relabel(relabelled, null, false)).isEmpty();
        assertThat(model.messageProperty().get()).contains("true or its false branch");
        assertThat(model.document().edges()).extracting(e -> e.to() + "=" + e.when())
                .containsExactly("transform1=false", "transform2=true");

        model.undo();
        assertThat(model.edges()).extracting(e -> e.to() + "=" + e.when())
                .containsExactly("transform1=true", "transform2=false");
    }

    @Test
    void anErrorEdgeSetsItsSourceToTakeItAndNodeSettingsAreSavedAndUndone() {
        model.addNode("tool", 0, 0);
        model.addNode("transform", 0, 0);
        DesignNode tool = model.node("tool1").orElseThrow();
        DesignEdge edge = model.connect("tool1", "transform1").orElseThrow();

        model.relabel(edge, null, true);
        model.configureSettings(tool, new DesignNode.Settings(30, 2, 500, "error-edge"));

        assertThat(model.document().edges()).singleElement().satisfies(e -> assertThat(e.error()).isTrue());
        assertThat(model.document().nodes()).filteredOn(n -> n.id().equals("tool1")).singleElement()
                .satisfies(n -> {
                    assertThat(n.onFailure()).isEqualTo("error-edge");
                    assertThat(n.timeoutSeconds()).isEqualTo(30);
                    assertThat(n.retries()).isEqualTo(2);
                    assertThat(n.retryBackoffMs()).isEqualTo(500);
                });
        model.undo();
        model.undo();
        assertThat(tool.settings().onFailure()).isNull();
        assertThat(model.edges()).singleElement().satisfies(e -> assertThat(e.error()).isFalse());
    }

    @Test
    void declaredInputsGoIntoTheDocumentAndABadLineChangesNothing() {
        assertThat(model.declareInputs("question: string -- what to ask\nlimit?: number = 3")).isTrue();
        assertThat(model.document().inputs()).extracting(i -> i.name() + ":" + i.type())
                .containsExactly("question:string", "limit:number");
        assertThat(model.inputsTextProperty().get()).isEqualTo("question: string -- what to ask\nlimit?: number = 3");

        assertThat(model.declareInputs("question: string\nlimit: lots")).isFalse();
        assertThat(model.messageProperty().get()).contains("input line 2");
        assertThat(model.document().inputs()).hasSize(2);

        model.undo();
        assertThat(model.document().inputs()).isEmpty();
        assertThat(model.inputsTextProperty().get()).isEmpty();
    }

    @Test
    void anAreaSelectsTheNodesItOverlapsAndSelectingAConnectionOrNothingClearsThem() {
        DesignNode a = model.addNode("agent", 0, 0);
        DesignNode b = model.addNode("tool", 300, 0);
        DesignNode c = model.addNode("end", 0, 400);
        DesignEdge ab = model.connect("agent1", "tool1").orElseThrow();

        model.selectArea(350, 50, -10, -10); // corners in any order
        assertThat(model.selection()).containsExactly(a, b);
        assertThat(model.selectedNodeProperty().get()).isEqualTo(b);
        model.toggle(b);
        assertThat(model.selection()).containsExactly(a);
        assertThat(model.selectedNodeProperty().get()).isEqualTo(a);
        model.toggle(c);
        assertThat(model.selection()).containsExactly(a, c);

        model.select(ab);
        assertThat(model.selection()).isEmpty();
        model.selectArea(1000, 1000, 1200, 1200);
        assertThat(model.selection()).isEmpty();
        assertThat(model.selectedNodeProperty().get()).isNull();
        model.select(c);
        assertThat(model.selection()).containsExactly(c);
    }

    @Test
    void conditionBranchesAreTrueThenFalseAndAThirdIsRefused() {
        model.addNode("condition", 0, 0);
        model.addNode("transform", 0, 0);
        model.addNode("transform", 0, 0);
        model.addNode("transform", 0, 0);

        assertThat(model.connect("condition1", "transform1")).get().extracting(DesignEdge::when).isEqualTo("true");
        assertThat(model.connect("condition1", "transform2")).get().extracting(DesignEdge::when).isEqualTo("false");
        assertThat(model.connect("condition1", "transform3")).isEmpty();
        assertThat(model.messageProperty().get()).contains("both are connected");
        assertThat(model.edges()).hasSize(2);
    }

    @Test
    void connectionsWithoutAPortToThemselvesOrTwiceAreRefused() {
        model.addNode("start", 0, 0);
        model.addNode("transform", 0, 0);
        model.addNode("end", 0, 0);

        assertThat(model.connect("end", "transform1")).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("An end node has no output.");
        assertThat(model.connect("transform1", "start")).isEmpty();
        assertThat(model.connect("transform1", "transform1")).isEmpty();
        assertThat(model.connect("start", "transform1")).isPresent();
        assertThat(model.connect("start", "transform1")).isEmpty();
        assertThat(model.connect("start", "nowhere")).isEmpty();
        assertThat(model.edges()).containsExactly(new DesignEdge("start", "transform1", null, false));
    }

    @Test
    void deletingANodeTakesItsEdgesAndUndoBringsBothBackRedoRemovesThemAgain() {
        model.addNode("start", 0, 0);
        DesignNode middle = model.addNode("transform", 0, 0);
        model.addNode("end", 0, 0);
        model.connect("start", "transform1");
        model.connect("transform1", "end");

        model.select(middle);
        model.deleteSelected();
        assertThat(model.nodes()).extracting(DesignNode::id).containsExactly("start", "end");
        assertThat(model.edges()).isEmpty();
        assertThat(model.selectedNodeProperty().get()).isNull();

        model.undo();
        assertThat(model.nodes()).extracting(DesignNode::id).containsExactly("start", "transform1", "end");
        assertThat(model.edges()).hasSize(2);

        model.redo();
        assertThat(model.nodes()).hasSize(2);
        assertThat(model.edges()).isEmpty();
        assertThat(model.history().canRedoProperty().get()).isFalse();
    }

    @Test
    void renameConfigureAndMoveAreUndoable() {
        DesignNode node = model.addNode("agent", 10, 20);
        model.rename(node, "Ask the docs");
        model.configure(node, "agent", "document");
        node.xProperty().set(300);
        model.moved(node, 10, 20);

        model.undo();
        assertThat(node.xProperty().get()).isEqualTo(10);
        model.undo();
        assertThat(node.config()).doesNotContainKey("agent");
        model.undo();
        assertThat(node.name()).isEqualTo("Agent");
        model.undo();
        assertThat(model.nodes()).isEmpty();
        assertThat(model.history().canUndoProperty().get()).isFalse();
    }

    @Test
    void theDocumentCarriesPositionsAndConfigTypedByField() {
        DesignNode retrieve = model.addNode("retrieve", 12.4, 30.6);
        model.configure(retrieve, "collection", "handbook");
        model.configure(retrieve, "k", "5");
        DesignNode tool = model.addNode("tool", 0, 0);
        model.configure(tool, "tool", "calculator");
        model.configure(tool, "arguments", "{\"expression\": \"1+2\"}");
        DesignNode transform = model.addNode("transform", 0, 0);
        model.configure(transform, "template", "{not json");

        WorkflowDocument document = model.document();

        WorkflowNode r = document.nodes().get(0);
        assertThat(r.x()).isEqualTo(12.0);
        assertThat(r.y()).isEqualTo(31.0);
        assertThat(r.config().get("k")).isInstanceOf(JsonNumber.class);
        assertThat(r.config().getString("collection")).isEqualTo("handbook");
        assertThat(document.nodes().get(1).config().get("arguments")).isInstanceOf(JsonObject.class);
        assertThat(document.nodes().get(1).config().getJsonObject("arguments").getString("expression")).isEqualTo("1+2");
        assertThat(document.nodes().get(2).config().getString("template")).isEqualTo("{not json");
    }

    @Test
    void savingCreatesVersionOneThenNewVersionsOfTheSameWorkflow() {
        model.nameProperty().set("triage");
        model.addNode("start", 0, 0);
        model.save(null, saved -> { });
        assertThat(model.workflowIdProperty().get()).isEqualTo("wf-1");
        assertThat(model.versionProperty().get()).isEqualTo(1);

        model.addNode("end", 200, 0);
        model.save("adds the end", saved -> { });

        assertThat(api.saved).hasSize(2);
        assertThat(api.saved.get(1).comment()).isEqualTo("adds the end");
        assertThat(api.saved.get(1).definition().nodes()).extracting(WorkflowNode::id).containsExactly("start", "end");
        assertThat(model.versionProperty().get()).isEqualTo(2);
        assertThat(model.messageProperty().get()).contains("version 2");
    }

    @Test
    void aRefusedSaveShowsEachProblemOnItsNode() {
        model.addNode("start", 0, 0);
        DesignNode agent = model.addNode("agent", 0, 0);
        model.connect("start", "agent1");
        api.refuseWith = List.of(new Problem.FieldError("nodes[agent1].config.agent", "is required (a text)"),
                new Problem.FieldError("edges[0]", "something about the edge"),
                new Problem.FieldError("name", "is required"));

        model.save(null, saved -> { });

        assertThat(agent.problemProperty().get()).isEqualTo("config.agent: is required (a text)");
        assertThat(model.nodes().get(0).problemProperty().get()).isNull();
        assertThat(model.problems()).contains("edge start → agent1: something about the edge", "name: is required");
        assertThat(model.workflowIdProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("The workflow is invalid");

        api.refuseWith = List.of();
        model.validate();
        assertThat(agent.problemProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("The workflow is valid.");
    }

    @Test
    void olderVersionsLoadOntoTheCanvasAndExportImportRoundTrips() {
        model.nameProperty().set("flow");
        model.addNode("start", 5, 5);
        model.save(null, s -> { });
        model.addNode("end", 200, 5);
        model.connect("start", "end");
        model.save(null, s -> { });

        model.loadVersion(1);
        assertThat(model.nodes()).extracting(DesignNode::id).containsExactly("start");
        assertThat(model.versionProperty().get()).isEqualTo(1);
        assertThat(model.history().canUndoProperty().get()).isFalse();

        model.loadVersion(2);
        String exported = model.exportJson();
        model.newWorkflow();
        assertThat(model.nodes()).isEmpty();
        assertThat(model.importJson(exported)).isTrue();
        assertThat(model.workflowIdProperty().get()).isNull();
        assertThat(model.nodes()).extracting(DesignNode::id).containsExactly("start", "end");
        assertThat(model.edges()).containsExactly(new DesignEdge("start", "end", null, false));
        assertThat(model.nodes().get(1).xProperty().get()).isEqualTo(200.0);

        assertThat(model.importJson("{\"name\": ")).isFalse();
        assertThat(model.messageProperty().get()).startsWith("Not a workflow definition");
        assertThat(model.nodes()).hasSize(2);
    }

    @Test
    void zoomStaysWithinItsBounds() {
        for (int i = 0; i < 20; i++) {
            model.zoomIn();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(DesignerViewModel.MAX_ZOOM);
        for (int i = 0; i < 30; i++) {
            model.zoomOut();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(DesignerViewModel.MIN_ZOOM);
        model.zoomReset();
        assertThat(model.zoomProperty().get()).isEqualTo(1.0);
    }
}
