package io.switchboard.console.designer;

import io.switchboard.console.concurrent.SameThreadTasks;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The designer's gestures with a real (headless) JavaFX scene and mouse: drag from the palette to add nodes, drag
 * from an output port to an input port to connect, Delete to remove, the Undo button to bring it back.
 */
@ExtendWith(ApplicationExtension.class)
class WorkflowCanvasTest {

    private final FakeWorkflowsApi api = new FakeWorkflowsApi();
    private DesignerViewModel model;

    @Start
    void start(Stage stage) {
        model = new DesignerViewModel(api, new SameThreadTasks());
        stage.setScene(new Scene(new DesignerView(model, id -> { }), 1700, 800));
        stage.getScene().getStylesheets().add(
                io.switchboard.console.ConsoleWindow.class.getResource("console.css").toExternalForm());
        stage.show();
    }

    @Test
    void nodesAreDroppedFromThePaletteConnectedByTheirPortsDeletedAndRestored(FxRobot robot) {
        robot.drag("#palette-start").dropTo("#canvas");
        robot.drag("#palette-transform").moveBy(0, 0);
        robot.dropTo(robot.point("#canvas").atOffset(-150, 150));
        robot.drag("#palette-end").moveBy(0, 0);
        robot.dropTo(robot.point("#canvas").atOffset(200, 150));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.nodes()).extracting(DesignNode::id).containsExactly("start", "transform1", "end");

        robot.drag("#port-out-start").dropTo("#port-in-transform1");
        robot.drag("#port-out-transform1").dropTo("#port-in-end");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.edges()).containsExactly(new DesignEdge("start", "transform1", null, false),
                new DesignEdge("transform1", "end", null, false));

        robot.clickOn("#node-transform1").type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.nodes()).extracting(DesignNode::id).containsExactly("start", "end");
        assertThat(model.edges()).isEmpty();

        robot.clickOn("#undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.nodes()).extracting(DesignNode::id).contains("transform1");
        assertThat(model.edges()).hasSize(2);
        assertThat(robot.lookup("#edge-start-transform1").tryQuery()).isPresent();
    }

    @Test
    void aConditionWithAParallelBranchIsBuiltByMouse(FxRobot robot) {
        String[][] drops = {{"start", "-520", "0"}, {"condition", "-345", "0"}, {"parallel", "-170", "-60"},
            {"transform", "5", "-140"}, {"transform", "5", "20"}, {"join", "180", "-60"}, {"end", "355", "0"}};
        for (String[] drop : drops) {
            robot.drag("#palette-" + drop[0]).dropTo(robot.point("#canvas")
                    .atOffset(Double.parseDouble(drop[1]), Double.parseDouble(drop[2])));
        }
        String[][] wires = {{"start", "condition1"}, {"condition1", "parallel1"}, {"condition1", "end"},
            {"parallel1", "transform1"}, {"parallel1", "transform2"}, {"transform1", "join1"}, {"transform2", "join1"},
            {"join1", "end"}};
        for (String[] wire : wires) {
            robot.drag("#port-out-" + wire[0]).dropTo("#port-in-" + wire[1]);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.nodes()).extracting(DesignNode::id).containsExactly("start", "condition1", "parallel1",
                "transform1", "transform2", "join1", "end");
        assertThat(model.document().edges()).extracting(e -> e.from() + ">" + e.to() + ":" + e.when()).containsExactly(
                "start>condition1:null", "condition1>parallel1:true", "condition1>end:false",
                "parallel1>transform1:null", "parallel1>transform2:null", "transform1>join1:null",
                "transform2>join1:null", "join1>end:null");
    }

    @Test
    void draggingANodeMovesItAndTheMoveCanBeUndone(FxRobot robot) {
        robot.interact(() -> model.addNode("agent", 100, 100));
        DesignNode agent = model.nodes().get(0);

        robot.drag("#node-agent1").moveBy(120, 40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(agent.xProperty().get()).isBetween(200.0, 240.0);
        assertThat(agent.yProperty().get()).isBetween(120.0, 160.0);

        robot.interact(model::undo);
        assertThat(agent.xProperty().get()).isEqualTo(100.0);
        assertThat(agent.yProperty().get()).isEqualTo(100.0);
    }

    @Test
    void aRubberBandAndShiftClicksSelectSeveralNodesThatMoveAndDeleteTogether(FxRobot robot) {
        robot.interact(() -> {
            model.addNode("agent", 40, 40);
            model.addNode("tool", 260, 40);
            model.addNode("transform", 40, 300);
            model.connect("agent1", "tool1");
            model.connect("tool1", "transform1");
        });
        DesignNode agent = model.node("agent1").orElseThrow();
        DesignNode tool = model.node("tool1").orElseThrow();

        // shift-drag on the background around the two upper nodes
        javafx.geometry.Point2D corner = robot.lookup("#canvas").query().localToScreen(10, 10);
        robot.press(KeyCode.SHIFT).drag(corner.getX(), corner.getY(), javafx.scene.input.MouseButton.PRIMARY)
                .moveBy(460, 120).drop().release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection()).containsExactlyInAnyOrder(agent, tool);
        assertThat(robot.lookup("#node-agent1").query().getStyleClass()).contains("selected");
        assertThat(robot.lookup("#node-transform1").query().getStyleClass()).doesNotContain("selected");

        // dragging one moves both, one undo puts both back
        robot.drag("#node-agent1").moveBy(50, 30).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(agent.xProperty().get()).isBetween(80.0, 100.0);
        assertThat(tool.xProperty().get()).isBetween(300.0, 320.0);
        robot.interact(model::undo);
        assertThat(agent.xProperty().get()).isEqualTo(40.0);
        assertThat(tool.xProperty().get()).isEqualTo(260.0);

        // shift-click takes one out and adds another; Delete removes the selected ones with their edges
        robot.press(KeyCode.SHIFT).clickOn("#node-agent1").clickOn("#node-transform1").release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection()).extracting(DesignNode::id).containsExactly("tool1", "transform1");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.nodes()).extracting(DesignNode::id).containsExactly("agent1");
        assertThat(model.edges()).isEmpty();
        robot.interact(model::undo);
        assertThat(model.nodes()).extracting(DesignNode::id).containsExactly("agent1", "tool1", "transform1");
        assertThat(model.edges()).hasSize(2);
    }
}
