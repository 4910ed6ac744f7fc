package io.switchboard.console.runs;

import io.switchboard.api.client.WorkflowsApi;
import io.switchboard.api.workflow.WorkflowView;
import io.switchboard.console.concurrent.BackgroundTasks;
import io.switchboard.console.concurrent.Failures;
import io.switchboard.console.widgets.SchemaForm;
import jakarta.json.JsonObject;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The form a run is started with: the workflow (any of the catalogue, or the one the designer shows) and one
 * field per input its current version declares, typed and filled with the defaults; the texts become the run's
 * inputs object, or each field says what is wrong with it.
 */
public final class RunStartViewModel {

    private final WorkflowsApi api;
    private final BackgroundTasks tasks;
    private final ObservableList<WorkflowView> workflows = FXCollections.observableArrayList();
    private final ObjectProperty<WorkflowView> workflow = new SimpleObjectProperty<>();
    private final ObjectProperty<SchemaForm> form = new SimpleObjectProperty<>(SchemaForm.of(null));
    private final ObservableMap<String, String> values = FXCollections.observableHashMap();
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty("");

    public RunStartViewModel(WorkflowsApi api, BackgroundTasks tasks) {
        this.api = api;
        this.tasks = tasks;
        workflow.addListener((o, was, now) -> showInputsOf(now));
    }

    /**
     * Loads the catalogue and chooses {@code workflowId} (null: the first workflow); {@code then} gets the chosen
     * workflow (null when there is none) once the form shows its inputs.
     */
    public void load(String workflowId, Consumer<WorkflowView> then) {
        message.set("");
        tasks.run(api::workflows, list -> {
            workflows.setAll(list);
            WorkflowView chosen = list.stream().filter(w -> w.id().equals(workflowId)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            workflow.set(chosen);
            showInputsOf(chosen);
            if (chosen == null) {
                message.set("There is no workflow to run yet: design and save one first.");
            }
            then.accept(chosen);
        }, failure -> message.set(Failures.describe(failure)));
    }

    /** True when the chosen workflow declares no inputs: it can start without asking. */
    public boolean needsNoInputs() {
        return form.get().fields().isEmpty();
    }

    /** The inputs object, or empty with the problems by field when a text is missing or not of its type. */
    public Optional<JsonObject> inputs() {
        if (workflow.get() == null) {
            message.set("Choose the workflow to run.");
            return Optional.empty();
        }
        SchemaForm.Arguments arguments = form.get().arguments(Map.copyOf(values));
        problems.clear();
        problems.putAll(arguments.problems());
        if (!arguments.valid()) {
            message.set(String.join("; ", arguments.problems().entrySet().stream()
                    .map(p -> p.getKey() + " " + p.getValue()).toList()));
            return Optional.empty();
        }
        message.set("");
        return Optional.of(arguments.value());
    }

    private void showInputsOf(WorkflowView chosen) {
        problems.clear();
        values.clear();
        SchemaForm next = SchemaForm.of(chosen == null || chosen.definition() == null ? null
                : RunInputs.schema(chosen.definition().inputs()));
        next.fields().forEach(f -> values.put(f.name(), f.defaultText()));
        form.set(next);
    }

    public ObservableList<WorkflowView> workflows() {
        return workflows;
    }

    public ObjectProperty<WorkflowView> workflowProperty() {
        return workflow;
    }

    public ObjectProperty<SchemaForm> formProperty() {
        return form;
    }

    public ObservableMap<String, String> values() {
        return values;
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
