package io.switchboard.console.agents;

import io.switchboard.api.agent.AgentVersionView;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.agent.RollbackRequest;
import io.switchboard.api.client.AgentsApi;
import io.switchboard.api.client.ApiCallException;
import io.switchboard.api.task.ExecuteTaskRequest;
import io.switchboard.api.task.ReplyUpdate;
import io.switchboard.console.concurrent.BackgroundTasks;
import io.switchboard.console.concurrent.Failures;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.function.Consumer;

/**
 * Creating and editing one agent (model settings, skills, tools, collections), its versions and rollback, and a
 * "try it" chat that sends a task to the agent (or lets the orchestrator route it) and shows who answered.
 */
public final class AgentEditorViewModel {

    private final AgentsApi api;
    private final BackgroundTasks tasks;
    private final Consumer<AgentView> onSaved;

    private final ObjectProperty<AgentView> editing = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty specialist = new SimpleStringProperty("general");
    private final StringProperty systemPrompt = new SimpleStringProperty("");
    private final StringProperty tools = new SimpleStringProperty("");
    private final StringProperty collections = new SimpleStringProperty("");
    private final StringProperty skills = new SimpleStringProperty("");
    private final StringProperty provider = new SimpleStringProperty("");
    private final StringProperty model = new SimpleStringProperty("");
    private final StringProperty baseUrl = new SimpleStringProperty("");
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final StringProperty apiKeyHint = new SimpleStringProperty("");
    private final ObservableList<AgentVersionView> versions = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty chatInput = new SimpleStringProperty("");
    private final BooleanProperty routed = new SimpleBooleanProperty();
    private final ObservableList<String> transcript = FXCollections.observableArrayList();
    private final BooleanProperty replying = new SimpleBooleanProperty();
    private AutoCloseable streaming;
    private String conversation;

    public AgentEditorViewModel(AgentsApi api, BackgroundTasks tasks, Consumer<AgentView> onSaved) {
        this.api = api;
        this.tasks = tasks;
        this.onSaved = onSaved;
    }

    /** An empty form for a new agent. */
    public void newAgent() {
        editing.set(null);
        conversation = null;
        fill(AgentForm.blank());
        apiKeyHint.set("");
        versions.clear();
        problems.clear();
        message.set("A new agent: fill in at least the name.");
    }

    /** The form filled with an agent's current definition, and its versions. */
    public void edit(AgentView agent) {
        if (editing.get() == null || !editing.get().id().equals(agent.id())) {
            conversation = null;
        }
        editing.set(agent);
        fill(AgentForm.of(agent));
        apiKeyHint.set(agent.model() == null || agent.model().apiKeyHint() == null ? ""
                : "stored key " + agent.model().apiKeyHint() + " (blank keeps it)");
        problems.clear();
        message.set(agent.name() + " v" + agent.version() + (agent.builtIn() ? " (built in)" : ""));
        loadVersions(agent.id());
    }

    public void save() {
        AgentView current = editing.get();
        var request = form().request(current);
        tasks.run(() -> current == null ? api.create(request) : api.update(current.id(), request), saved -> {
            apiKey.set("");
            edit(saved);
            message.set("Saved " + saved.name() + " as version " + saved.version() + ".");
            onSaved.accept(saved);
        }, this::failed);
    }

    public void rollback(int version) {
        AgentView current = editing.get();
        if (current == null) {
            return;
        }
        tasks.run(() -> api.rollback(current.id(), new RollbackRequest(version)), rolled -> {
            edit(rolled);
            message.set("Rolled back to version " + version + ": now version " + rolled.version() + ".");
            onSaved.accept(rolled);
        }, this::failed);
    }

    /**
     * Sends the chat input as a task, to this agent or routed by the orchestrator, through the platform's A2A
     * front door: the reply line shows who answers as soon as the task is routed and grows as the reply streams.
     * Later messages continue the same conversation (A2A context) until another agent is opened.
     */
    public void send() {
        String text = chatInput.get() == null ? "" : chatInput.get().strip();
        AgentView current = editing.get();
        if (text.isEmpty()) {
            return;
        }
        if (current == null && !routed.get()) {
            message.set("Save the agent first, or let the orchestrator route the request.");
            return;
        }
        String agent = routed.get() ? null : current.name();
        transcript.add("you: " + text);
        chatInput.set("");
        stopReply();
        ChatReply reply = new ChatReply(transcript, agent);
        reply.show();
        replying.set(true);
        streaming = api.executeStreaming(new ExecuteTaskRequest(agent, text, conversation, null),
                update -> tasks.onUi(() -> {
                    if (update.kind() == ReplyUpdate.Kind.STARTED && update.contextId() != null) {
                        conversation = update.contextId();
                    }
                    reply.apply(update);
                }),
                failure -> tasks.onUi(() -> {
                    reply.end(failure == null ? null : Failures.describe(failure));
                    replying.set(false);
                }));
    }

    /** Stops listening to a reply still streaming (the task itself runs on). */
    public void stopReply() {
        AutoCloseable running = streaming;
        streaming = null;
        if (running != null) {
            try {
                running.close();
            } catch (Exception ignored) {
                // closing a stream that already ended
            }
        }
        replying.set(false);
    }

    private void loadVersions(String id) {
        tasks.run(() -> api.agentVersions(id), list -> versions.setAll(list.reversed()), this::failed);
    }

    private void failed(Throwable failure) {
        problems.clear();
        if (failure instanceof ApiCallException e) {
            e.fieldErrors().forEach(f -> problems.add(f.field() + ": " + f.message()));
        }
        message.set(Failures.describe(failure));
    }

    AgentForm form() {
        return new AgentForm(name.get(), description.get(), specialist.get(), systemPrompt.get(), tools.get(),
                collections.get(), skills.get(), provider.get() == null ? "" : provider.get(), model.get(),
                baseUrl.get(), apiKey.get());
    }

    private void fill(AgentForm f) {
        name.set(f.name());
        description.set(f.description());
        specialist.set(f.specialist());
        systemPrompt.set(f.systemPrompt());
        tools.set(f.tools());
        collections.set(f.collections());
        skills.set(f.skills());
        provider.set(f.provider());
        model.set(f.model());
        baseUrl.set(f.baseUrl());
        apiKey.set("");
    }

    public ObjectProperty<AgentView> editingProperty() {
        return editing;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty specialistProperty() {
        return specialist;
    }

    public StringProperty systemPromptProperty() {
        return systemPrompt;
    }

    public StringProperty toolsProperty() {
        return tools;
    }

    public StringProperty collectionsProperty() {
        return collections;
    }

    public StringProperty skillsProperty() {
        return skills;
    }

    public StringProperty providerProperty() {
        return provider;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    public StringProperty apiKeyHintProperty() {
        return apiKeyHint;
    }

    public ObservableList<AgentVersionView> versions() {
        return versions;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty chatInputProperty() {
        return chatInput;
    }

    public BooleanProperty routedProperty() {
        return routed;
    }

    public ObservableList<String> transcript() {
        return transcript;
    }

    /** True while a reply is streaming. */
    public BooleanProperty replyingProperty() {
        return replying;
    }
}
