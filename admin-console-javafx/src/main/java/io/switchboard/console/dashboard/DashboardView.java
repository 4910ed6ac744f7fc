package io.switchboard.console.dashboard;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.ToDoubleFunction;

/** Agents and circuits on the left; figures and three per-minute charts on the right. */
public final class DashboardView extends BorderPane {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    public DashboardView(DashboardViewModel model) {
        setId("dashboard");
        ListView<AgentTile> agents = new ListView<>(model.agents());
        agents.setId("dashboard-agents");
        agents.setPrefWidth(300);
        agents.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AgentTile tile, boolean empty) {
                super.updateItem(tile, empty);
                getStyleClass().removeIf(c -> c.startsWith("agent-"));
                if (empty || tile == null) {
                    setText(null);
                    return;
                }
                setText("● " + tile.name() + " — " + tile.status() + (tile.circuit().equals("CLOSED") ? ""
                        : ", circuit " + tile.circuit()));
                getStyleClass().add("agent-" + tile.status());
            }
        });

        Label inFlight = figure("in-flight");
        inFlight.textProperty().bind(Bindings.format("%d task(s) in flight", model.inFlightProperty()));
        Label tokens = figure("tokens-today");
        tokens.textProperty().bind(Bindings.concat("Today: ", model.tokensTodayProperty()));
        Label connection = figure("dashboard-connection");
        connection.textProperty().bind(Bindings.concat("Event stream: ", model.connectionProperty()));
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        HBox figures = new HBox(24, inFlight, tokens, connection, message);

        GridPane charts = new GridPane();
        charts.setHgap(8);
        charts.setVgap(8);
        charts.add(chart("Requests per minute", model, m -> m.requests()), 0, 0);
        charts.add(chart("Mean latency (ms)", model, MinuteStats::meanLatencyMs), 1, 0);
        charts.add(chart("Error rate (%)", model, m -> m.errorRate() * 100), 0, 1);

        VBox right = new VBox(10, figures, charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        right.setPadding(new Insets(10));
        setLeft(agents);
        setCenter(right);
    }

    private static Label figure(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("figure");
        return label;
    }

    private static LineChart<String, Number> chart(String title, DashboardViewModel model,
                                                    ToDoubleFunction<MinuteStats> value) {
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(440, 250);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        Runnable redraw = () -> series.getData().setAll(model.minutes().stream()
                .map(m -> new XYChart.Data<String, Number>(MINUTE.format(m.minute()), value.applyAsDouble(m))).toList());
        model.minutes().addListener((ListChangeListener<MinuteStats>) c -> redraw.run());
        redraw.run();
        return chart;
    }
}
