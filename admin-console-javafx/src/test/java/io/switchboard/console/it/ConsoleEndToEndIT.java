package io.switchboard.console.it;

import io.switchboard.api.auth.TokenRequest;
import io.switchboard.api.knowledge.CollectionView;
import io.switchboard.api.knowledge.DocumentView;
import io.switchboard.api.knowledge.Passage;
import io.switchboard.api.workflow.RunView;
import io.switchboard.console.ConsoleWindow;
import io.switchboard.console.client.Connection;
import io.switchboard.console.client.HttpPlatformClient;
import io.switchboard.console.concurrent.FxBackgroundTasks;
import io.switchboard.console.settings.ConsoleSettings;
import io.switchboard.testing.liberty.LibertyServer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console as an admin uses it, against a real server: sign in; build a three-node workflow by dragging from
 * the palette and connecting ports; save it; run it; watch the node states turn to completed; then the same with
 * a condition whose true branch forks into parallel branches that join again. Saves a screenshot of each screen
 * on the way.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleEndToEndIT {

    private static final String PASSWORD = "console-e2e-admin-password";
    private static LibertyServer server;

    private final Screenshots screenshots = new Screenshots();
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();
    private Stage stage;
    private static Path uploads;

    @BeforeAll
    static void startServer() throws IOException {
        uploads = Files.createTempDirectory("console-e2e");
        Files.writeString(uploads.resolve("key-rotation.md"), "# Key rotation\n\nThe signing keys are rotated every "
                + "ninety days by the platform team.\n\n## Emergencies\n\nA leaked key is revoked at once.\n");
        Files.writeString(uploads.resolve("on-call.html"), "<html><body><h1>On call</h1><p>The on-call engineer "
                + "answers pages within fifteen minutes.</p></body></html>");
        server = LibertyServer.freshCopy("console-e2e", Integer.getInteger("it.port.console", 19090),
                Map.of("SWITCHBOARD_ADMIN_PASSWORD", PASSWORD));
        server.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ConsoleSettings settings = new ConsoleSettings(
                Preferences.userRoot().node("switchboard-console-it-" + UUID.randomUUID()));
        settings.remember(server.baseUrl(), "admin");
        new ConsoleWindow(stage, tasks, settings, Connection::open, owner -> {
            try (var files = Files.list(uploads)) {
                return files.sorted().toList();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        stage.show();
    }

    @Test
    void anAdminSignsInDesignsAThreeNodeWorkflowSavesItRunsItAndWatchesItComplete(FxRobot robot) throws Exception {
        // sign in: the server and user are remembered, the password is not
        assertThat(robot.lookup("#server").queryTextInputControl().getText()).isEqualTo(server.baseUrl());
        assertThat(robot.lookup("#password").queryTextInputControl().getText()).isEmpty();
        robot.clickOn("#password").write("wrong-password");
        robot.clickOn("#sign-in-button");
        await(() -> text("#sign-in-message").contains("Wrong user name or password"));
        screenshots.save(robot, stage.getScene(), "sign-in");

        robot.doubleClickOn("#password").eraseText(20).write(PASSWORD);
        robot.clickOn("#sign-in-button");
        await(() -> robot.lookup("#main").tryQuery().isPresent());
        assertThat(text("#signed-in-as")).startsWith("admin (admin) at " + server.baseUrl());

        // the dashboard lists the agents and counts the requests it sees on the event stream
        await(() -> !robot.lookup("#dashboard-agents").queryListView().getItems().isEmpty());
        await(() -> text("#dashboard-connection").endsWith("live"));
        HttpPlatformClient api = new HttpPlatformClient(server.baseUrl());
        api.signIn("admin", PASSWORD);
        for (int i = 0; i < 5; i++) {
            executeTask(api, "echo", "hello " + i);
        }
        await(() -> text("#in-flight").equals("0 task(s) in flight") && requestsCharted(robot) >= 5);
        screenshots.save(robot, stage.getScene(), "dashboard");

        // the agents tab lists the built-in agents; a new one is defined in the form and tried in the chat
        robot.clickOn("#tab-agents .tab-label");
        await(() -> !robot.lookup("#agent-table").queryAs(TableView.class).getItems().isEmpty());
        robot.clickOn("#agent-new");
        String agentName = "console-echo-" + UUID.randomUUID().toString().substring(0, 6);
        robot.clickOn("#agent-name").write(agentName);
        robot.clickOn("#agent-description").write("Repeats what it is told, for the console test");
        robot.interact(() -> robot.lookup("#agent-specialist").queryComboBox().setValue("echo"));
        robot.clickOn("#agent-skills").write("Repeat: says the request back | repeat after me");
        robot.clickOn("#agent-save");
        await(() -> text("#agent-message").startsWith("Saved " + agentName + " as version 1"));
        await(() -> robot.lookup("#agent-table").queryAs(TableView.class).getItems().stream()
                .anyMatch(a -> agentName.equals(((io.switchboard.api.agent.AgentView) a).name())));
        robot.clickOn("#tab-agent-try .tab-label");
        robot.clickOn("#agent-chat-input").write("ping from the console");
        robot.clickOn("#agent-chat-send");
        await(() -> robot.lookup("#agent-chat").queryListView().getItems().size() == 2
                && !((String) robot.lookup("#agent-chat").queryListView().getItems().get(1)).endsWith("…"));
        assertThat((String) robot.lookup("#agent-chat").queryListView().getItems().get(1)) // streamed over A2A
                .isEqualTo(agentName + ": ping from the console");
        robot.clickOn("#agent-chat-input").write("slow: 8"); // eight chunks, 200 ms apart: seen while they arrive
        robot.clickOn("#agent-chat-send");
        await(() -> robot.lookup("#agent-chat").queryListView().getItems().size() == 4
                && ((String) robot.lookup("#agent-chat").queryListView().getItems().get(3)).matches(
                        "(?s)" + java.util.regex.Pattern.quote(agentName) + ": chunk 1\n.*…"));
        await(() -> ((String) robot.lookup("#agent-chat").queryListView().getItems().get(3)).endsWith("chunk 8\n"));
        assertThat(api.agents()).anyMatch(a -> a.name().equals(agentName) && a.specialist().equals("echo")
                && a.skills().size() == 1);
        screenshots.save(robot, stage.getScene(), "agents");

        // and deleted again, after the confirmation
        robot.clickOn("#tab-agent-definition .tab-label");
        robot.interact(() -> {
            TableView<?> table = robot.lookup("#agent-table").queryAs(TableView.class);
            table.getItems().stream().filter(a -> agentName.equals(((io.switchboard.api.agent.AgentView) a).name()))
                    .findFirst().ifPresent(a -> ((TableView<Object>) (TableView) table).getSelectionModel().select(a));
        });
        robot.clickOn("#agent-delete");
        robot.clickOn((javafx.scene.Node) robot.lookup(".dialog-pane .button").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("OK")).query());
        await(() -> robot.lookup("#agent-table").queryAs(TableView.class).getItems().stream()
                .noneMatch(a -> agentName.equals(((io.switchboard.api.agent.AgentView) a).name())));
        assertThat(api.agents()).noneMatch(a -> a.name().equals(agentName));

        // design: three nodes from the palette, two connections, a template, a name
        robot.clickOn("#tab-designer .tab-label");
        robot.drag("#palette-start").dropTo(robot.point("#canvas").atOffset(-320, -120));
        robot.drag("#palette-transform").dropTo(robot.point("#canvas").atOffset(-60, -40));
        robot.drag("#palette-end").dropTo(robot.point("#canvas").atOffset(200, 40));
        robot.drag("#port-out-start").dropTo("#port-in-transform1");
        robot.drag("#port-out-transform1").dropTo("#port-in-end");
        assertThat(robot.lookup("#edge-start-transform1").tryQuery()).isPresent();
        assertThat(robot.lookup("#edge-transform1-end").tryQuery()).isPresent();

        robot.clickOn("#node-transform1");
        robot.clickOn("#property-template").write("hello from ${inputs.who}");
        robot.clickOn("#node-end"); // the template is committed when its field loses the focus
        robot.clickOn(robot.point("#canvas").atOffset(330, -230)); // nothing selected: the workflow's inputs
        robot.clickOn("#workflow-inputs").write("who?: string = the console -- who says hello");
        String name = "console-e2e-" + UUID.randomUUID().toString().substring(0, 8);
        rename(robot, name); // the inputs are committed as their field loses the focus

        robot.clickOn("#save");
        await(() -> text("#version").equals("v1"));
        assertThat(text("#designer-message")).isEqualTo("Saved '" + name + "' as version 1.");
        screenshots.save(robot, stage.getScene(), "designer");

        // run it with its input from the generated form, and watch it on the runs tab
        robot.clickOn("#run");
        await(() -> robot.lookup("#input-who").tryQuery().isPresent());
        assertThat(robot.lookup("#input-who").queryTextInputControl().getText()).isEqualTo("the console");
        robot.clickOn("#input-who").push(javafx.scene.input.KeyCode.END).eraseText("the console".length())
                .write("the runs form");
        robot.clickOn("#start-run-confirm");
        await(() -> "completed".equals(text("#run-state")));
        for (String node : List.of("start", "transform1", "end")) {
            await(() -> robot.lookup("#run-canvas #node-" + node).query().getStyleClass().contains("state-completed"));
        }
        robot.clickOn("#run-canvas #node-transform1");
        await(() -> robot.lookup("#node-detail").queryTextInputControl().getText().contains("hello from the runs form"));
        screenshots.save(robot, stage.getScene(), "runs");

        // a second run from the runs list's own form, with the default input
        robot.clickOn("#start-run");
        await(() -> robot.lookup("#start-run-workflow").tryQuery().isPresent());
        robot.interact(() -> {
            javafx.scene.control.ComboBox<io.switchboard.api.workflow.WorkflowView> choice =
                    robot.lookup("#start-run-workflow").queryComboBox();
            choice.getItems().stream().filter(w -> w.name().equals(name)).findFirst().ifPresent(choice::setValue);
        });
        await(() -> robot.lookup("#input-who").tryQuery().isPresent()
                && "the console".equals(robot.lookup("#input-who").queryTextInputControl().getText()));
        robot.clickOn("#start-run-confirm");
        await(() -> api.runs(name, "completed", 10).size() == 2);
        assertThat(api.runs(name, null, 10)).extracting(r -> r.inputs() == null ? "" : r.inputs().toString())
                .containsExactlyInAnyOrder("{\"who\":\"the runs form\"}", "{\"who\":\"the console\"}");

        // the server agrees
        List<RunView> runs = api.runs(name, null, 10);
        assertThat(runs).hasSize(2).allSatisfy(run -> {
            assertThat(run.state()).isEqualTo("completed");
            assertThat(run.version()).isEqualTo(1);
        });
        assertThat(api.workflow(name).definition().edges()).hasSize(2);
        assertThat(api.workflow(name).definition().inputs()).singleElement().satisfies(input -> {
            assertThat(input.name()).isEqualTo("who");
            assertThat(input.required()).isFalse();
            assertThat(input.description()).isEqualTo("who says hello");
        });

        // design by mouse alone: a condition whose true branch fans out to two parallel branches that join again
        robot.clickOn("#tab-designer .tab-label");
        robot.clickOn("#new-workflow");
        place(robot, "start", -350, -250);
        place(robot, "condition", -150, -250);
        place(robot, "parallel", 50, -250);
        place(robot, "transform", 250, -250);
        place(robot, "transform", 250, -120);
        place(robot, "join", 250, 10);
        place(robot, "end", 50, 10);
        place(robot, "end", -150, 10);
        List<String[]> wiring = List.of(new String[] {"start", "condition1"}, new String[] {"condition1", "parallel1"},
                new String[] {"condition1", "end1"}, new String[] {"parallel1", "transform1"},
                new String[] {"parallel1", "transform2"}, new String[] {"transform1", "join1"},
                new String[] {"transform2", "join1"}, new String[] {"join1", "end"});
        for (String[] edge : wiring) {
            // scoped to the designer: the runs screen shows the first workflow's nodes under the same ids
            robot.drag("#designer #port-out-" + edge[0]).dropTo("#designer #port-in-" + edge[1]);
            assertThat(robot.lookup("#designer #edge-" + edge[0] + "-" + edge[1]).tryQuery()).as(edge[0] + " → " + edge[1])
                    .isPresent();
        }
        robot.clickOn("#designer #node-condition1");
        robot.clickOn("#property-expression").write("${1 < 2}");
        robot.clickOn("#designer #node-transform1");
        robot.clickOn("#property-template").write("left");
        robot.clickOn("#designer #node-transform2");
        robot.clickOn("#property-template").write("right");
        robot.clickOn("#designer #node-join1"); // commits the last field
        String branching = "console-branches-" + UUID.randomUUID().toString().substring(0, 8);
        rename(robot, branching);
        robot.clickOn("#save");
        await(() -> text("#version").equals("v1") && text("#designer-message").contains(branching));
        var saved = api.workflow(branching).definition();
        assertThat(saved.edges()).hasSize(8).anySatisfy(e -> {
            assertThat(e.from()).isEqualTo("condition1");
            assertThat(e.when()).isEqualTo("false");
        });
        assertThat(saved.nodes()).extracting(n -> n.type()).contains("condition", "parallel", "join");

        robot.clickOn("#run");
        // the runs screen still shows the first run until this one is loaded: wait for this run's nodes
        for (String node : List.of("start", "condition1", "parallel1", "transform1", "transform2", "join1", "end")) {
            await(() -> runNodeIn(robot, node, "state-completed"));
        }
        await(() -> runNodeIn(robot, "end1", "state-skipped"));
        assertThat(text("#run-state")).isEqualTo("completed");
        assertThat(api.runs(branching, null, 10)).singleElement()
                .satisfies(run -> assertThat(run.state()).isEqualTo("completed"));

        // knowledge: a collection, two files uploaded, the progress bar full, cited passages
        robot.clickOn("#tab-knowledge .tab-label");
        robot.clickOn("#collection-name").write("console-e2e-docs");
        robot.clickOn("#create-collection");
        await(() -> robot.lookup("#collections").queryListView().getItems().stream()
                .anyMatch(c -> "console-e2e-docs".equals(((CollectionView) c).name())));
        robot.clickOn("#upload");
        await(() -> progress(robot) == 1.0);
        await(() -> robot.lookup("#documents").queryTableView().getItems().size() == 2
                && robot.lookup("#documents").queryTableView().getItems().stream()
                .allMatch(d -> "indexed".equals(((DocumentView) d).status())));
        assertThat(text("#ingestion-text")).startsWith("2 of 2 document(s)");
        robot.clickOn("#query").write("how often are the signing keys rotated");
        robot.clickOn("#search");
        await(() -> !robot.lookup("#passages").queryListView().getItems().isEmpty());
        Passage best = (Passage) robot.lookup("#passages").queryListView().getItems().get(0);
        assertThat(best.documentName()).isEqualTo("key-rotation.md");
        screenshots.save(robot, stage.getScene(), "knowledge");

        // tools: a form from the calculator's JSON Schema, invoked, and the invocation in the audit
        robot.clickOn("#tab-tools .tab-label");
        await(() -> robot.lookup("#tool-list").queryListView().getItems().stream()
                .anyMatch(t -> "calculator".equals(((io.switchboard.api.tool.ToolView) t).name())));
        robot.interact(() -> {
            var list = robot.lookup("#tool-list").queryListView();
            list.getSelectionModel().select(list.getItems().stream()
                    .filter(t -> "calculator".equals(((io.switchboard.api.tool.ToolView) t).name())).findFirst()
                    .orElseThrow());
        });
        robot.clickOn("#arg-expression").write("15% of 200");
        robot.clickOn("#tool-invoke");
        await(() -> robot.lookup("#tool-result").queryTextInputControl().getText().startsWith("succeeded"));
        assertThat(robot.lookup("#tool-result").queryTextInputControl().getText()).contains("30");
        await(() -> !robot.lookup("#tool-audit").queryTableView().getItems().isEmpty());
        screenshots.save(robot, stage.getScene(), "tools");

        // traffic: the A2A calls of the tasks above, as they flowed
        robot.clickOn("#tab-traffic .tab-label");
        robot.clickOn("#traffic-filter").write("a2a.");
        await(() -> robot.lookup("#traffic-events").queryListView().getItems().size() >= 6);
        screenshots.save(robot, stage.getScene(), "traffic");
    }

    /** Replaces the workflow's name (a double click selects one word only). */
    private static void rename(FxRobot robot, String name) {
        robot.clickOn("#workflow-name");
        robot.interact(() -> robot.lookup("#workflow-name").queryTextInputControl().clear());
        robot.write(name);
    }

    private static boolean runNodeIn(FxRobot robot, String node, String styleClass) {
        return robot.lookup("#run-canvas #node-" + node).tryQuery().map(n -> n.getStyleClass().contains(styleClass))
                .orElse(false);
    }

    /** Drags a node type from the palette onto the designer's canvas, centred at an offset from the canvas's centre. */
    private static void place(FxRobot robot, String type, double dx, double dy) {
        robot.drag("#palette-" + type).dropTo(robot.point("#designer #canvas").atOffset(dx, dy));
    }

    private static double progress(FxRobot robot) {
        return robot.lookup("#ingestion-progress").queryAs(javafx.scene.control.ProgressBar.class).getProgress();
    }

    private static int requestsCharted(FxRobot robot) {
        return robot.lookup("#dashboard .chart").queryAll().stream()
                .map(n -> (javafx.scene.chart.LineChart<?, ?>) n)
                .filter(c -> "Requests per minute".equals(c.getTitle()))
                .flatMap(c -> c.getData().get(0).getData().stream())
                .mapToInt(d -> ((Number) d.getYValue()).intValue()).sum();
    }

    private static void executeTask(HttpPlatformClient api, String agent, String input) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/api/execute-task"))
                .header("Authorization", "Bearer " + api.token(new TokenRequest("admin", PASSWORD)).accessToken())
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"agent\":\"" + agent + "\",\"input\":\"" + input + "\"}")).build();
        var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static String text(String query) {
        Node node = new FxRobot().lookup(query).query();
        return node instanceof Label label ? label.getText()
                : ((javafx.scene.control.Labeled) node).getText();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition); // the first batch job waits for the job repository
        WaitForAsyncUtils.waitForFxEvents();
    }
}
