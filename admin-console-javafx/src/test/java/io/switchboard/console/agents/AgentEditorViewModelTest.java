package io.switchboard.console.agents;

import io.switchboard.api.agent.AgentRequest;
import io.switchboard.api.agent.AgentSkill;
import io.switchboard.api.agent.AgentVersionView;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.agent.ModelSettingsView;
import io.switchboard.api.agent.RollbackRequest;
import io.switchboard.api.client.ApiCallException;
import io.switchboard.api.problem.Problem;
import io.switchboard.api.task.ExecuteTaskRequest;
import io.switchboard.api.task.ReplyUpdate;
import java.util.function.Consumer;
import io.switchboard.console.concurrent.SameThreadTasks;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgentEditorViewModelTest {

    private final List<AgentRequest> sent = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private final List<AgentView> saved = new ArrayList<>();
    private ApiCallException refuse;

    private final StubAgentsApi api = new StubAgentsApi() {
        @Override
        public AgentView create(AgentRequest request) {
            if (refuse != null) {
                throw refuse;
            }
            sent.add(request);
            calls.add("create");
            return view(request, 1);
        }

        @Override
        public AgentView update(String id, AgentRequest request) {
            sent.add(request);
            calls.add("update " + id);
            return view(request, 2);
        }

        @Override
        public List<AgentVersionView> agentVersions(String id) {
            return List.of(new AgentVersionView(1, "created", "ann", Instant.EPOCH, null),
                    new AgentVersionView(2, "updated", "ann", Instant.EPOCH, null));
        }

        @Override
        public AgentView rollback(String id, RollbackRequest request) {
            calls.add("rollback " + id + " to " + request.version());
            return view(sent.get(0), 3);
        }

        @Override
        public AutoCloseable executeStreaming(ExecuteTaskRequest request, Consumer<ReplyUpdate> onUpdate,
                                              Consumer<Throwable> onEnd) {
            calls.add("stream " + request.agent() + " " + request.input() + " in " + request.sessionId());
            replies = onUpdate;
            ends = onEnd;
            return () -> calls.add("closed");
        }
    };
    private Consumer<ReplyUpdate> replies;
    private Consumer<Throwable> ends;
    private final AgentEditorViewModel model = new AgentEditorViewModel(api, new SameThreadTasks(), saved::add);

    @Test
    void aNewAgentIsSentWithItsSkillsToolsCollectionsAndModel() {
        model.newAgent();
        model.nameProperty().set(" triage ");
        model.specialistProperty().set("tool");
        model.skillsProperty().set("Sort tickets: routes tickets to teams | which team owns login bugs?; urgent?\n\n"
                + "Summarise");
        model.toolsProperty().set("calculator, , unit_convert");
        model.collectionsProperty().set("handbook");
        model.providerProperty().set("openai");
        model.modelProperty().set("gpt-4o-mini");
        model.apiKeyProperty().set("sk-secret");

        model.save();

        AgentRequest request = sent.get(0);
        assertThat(request.name()).isEqualTo("triage");
        assertThat(request.tools()).containsExactly("calculator", "unit_convert");
        assertThat(request.collections()).containsExactly("handbook");
        assertThat(request.skills()).containsExactly(
                new AgentSkill("sort-tickets", "Sort tickets", "routes tickets to teams", List.of(),
                        List.of("which team owns login bugs?", "urgent?")),
                new AgentSkill("summarise", "Summarise", "Summarise", List.of(), List.of()));
        assertThat(request.model().provider()).isEqualTo("openai");
        assertThat(request.model().apiKey()).isEqualTo("sk-secret");
        assertThat(model.apiKeyProperty().get()).isEmpty();
        assertThat(saved).hasSize(1);
        assertThat(model.versions()).extracting(AgentVersionView::version).containsExactly(2, 1);
    }

    @Test
    void editingKeepsTheStoredKeyWhenTheFieldIsLeftBlankAndNoProviderMeansThePlatformDefault() {
        AgentView agent = new AgentView("a1", "triage", "d", "local", "active", "active", List.of("calculator"),
                List.of(), false, null, null, "0.3", Instant.EPOCH, Instant.EPOCH, "tool", "be brief",
                new ModelSettingsView("openai", "gpt-4o-mini", null, "sk-…cret", 0.2, 500, 30), List.of(), null, null, 4);
        model.edit(agent);
        assertThat(model.apiKeyHintProperty().get()).contains("sk-…cret");
        assertThat(model.toolsProperty().get()).isEqualTo("calculator");

        model.save();
        assertThat(calls).containsExactly("update a1");
        assertThat(sent.get(0).model().apiKey()).isNull();
        assertThat(sent.get(0).model().temperature()).isEqualTo(0.2);

        model.providerProperty().set("");
        model.save();
        assertThat(sent.get(1).model()).isNull();
    }

    @Test
    void refusedDefinitionsListEveryFieldProblem() {
        refuse = new ApiCallException(400, new Problem("t", "Bad Request", 400, "The agent is invalid", "/",
                List.of(new Problem.FieldError("name", "is required"),
                        new Problem.FieldError("tools[0]", "no tool named 'nope'"))), "The agent is invalid");
        model.newAgent();
        model.save();
        assertThat(model.problems()).containsExactly("name: is required", "tools[0]: no tool named 'nope'");
        assertThat(model.messageProperty().get()).isEqualTo("The agent is invalid");
        assertThat(saved).isEmpty();
    }

    @Test
    void rollbackMakesANewVersionAndTheChatShowsWhoAnswered() {
        model.newAgent();
        model.nameProperty().set("triage");
        model.save();
        model.rollback(1);
        assertThat(calls).contains("rollback triage to 1");
        assertThat(model.messageProperty().get()).isEqualTo("Rolled back to version 1: now version 3.");

        model.chatInputProperty().set("ping");
        model.send();
        assertThat(model.transcript()).containsExactly("you: ping", "triage: …");
        assertThat(model.replyingProperty().get()).isTrue();
        replies.accept(ReplyUpdate.started("a2a-1", "ctx-1"));
        replies.accept(ReplyUpdate.routed("triage", "requested"));
        replies.accept(ReplyUpdate.text("po"));
        assertThat(model.transcript()).containsExactly("you: ping", "triage: po…");
        replies.accept(ReplyUpdate.text("ng"));
        replies.accept(ReplyUpdate.ended("completed", ""));
        ends.accept(null);
        assertThat(model.transcript()).containsExactly("you: ping", "triage: pong");
        assertThat(model.replyingProperty().get()).isFalse();

        model.routedProperty().set(true);
        model.chatInputProperty().set("hello");
        model.send();
        replies.accept(ReplyUpdate.started("a2a-2", "ctx-1"));
        replies.accept(ReplyUpdate.routed("general", "embedding"));
        assertThat(model.transcript()).last().isEqualTo("general (routed by embedding): …");
        replies.accept(ReplyUpdate.ended("failed", "Agent general did not complete the request: timed out"));
        ends.accept(null);

        model.chatInputProperty().set("again");
        model.send();
        ends.accept(new ApiCallException(0, null, "The server at http://x cannot be reached"));

        assertThat(calls).contains("stream triage ping in null", "stream null hello in ctx-1",
                "stream null again in ctx-1");
        assertThat(model.transcript()).containsExactly("you: ping", "triage: pong", "you: hello",
                "general (routed by embedding): [failed: Agent general did not complete the request: timed out]",
                "you: again", "orchestrator: [error: The server at http://x cannot be reached]");
        assertThat(model.chatInputProperty().get()).isEmpty();
    }

    private static AgentView view(AgentRequest r, int version) {
        return new AgentView(r.name(), r.name(), r.description(), "local", "active", "active", r.tools(), r.skills(),
                false, null, null, "0.3", Instant.EPOCH, Instant.EPOCH, r.specialist(), r.systemPrompt(), null,
                r.collections(), null, null, version);
    }
}
