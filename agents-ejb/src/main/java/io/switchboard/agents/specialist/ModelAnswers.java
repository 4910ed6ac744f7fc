package io.switchboard.agents.specialist;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.TokenStream;
import dev.langchain4j.service.tool.ToolExecutor;
import io.switchboard.agents.execution.TaskContext;
import io.switchboard.agents.memory.SessionMemoryStore;
import io.switchboard.agents.memory.SessionWindowMemory;
import io.switchboard.agents.model.ModelSession;
import io.switchboard.api.a2a.Artifact;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.agent.MemorySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Answers a message with the agent's model through a LangChain4j AI service: the agent's system prompt, the
 * session's memory, the tools it may use (the service runs the tool-calling loop, at most the agent's step
 * limit), and the reply streamed token by token as chunks of one "answer" artifact, so A2A {@code message/stream}
 * clients see it as it is written. The last chunk is the mode line. Failures end the task with a clear reason.
 */
@ApplicationScoped
public class ModelAnswers {

    static final int DEFAULT_TIMEOUT_SECONDS = 120;
    static final int DEFAULT_MAX_STEPS = 10;
    static final int DEFAULT_WINDOW = 20;
    static final int DEFAULT_MEMORY_TOKENS = 4000;

    /** The AI service: one streamed reply to one user message. */
    interface Assistant {
        TokenStream answer(String userMessage);
    }

    @Inject
    SessionMemoryStore memoryStore;

    @Inject
    io.switchboard.agents.model.ModelSessions models;

    @Inject
    ModelTools tools;

    /**
     * The model path every specialist shares: when the agent has a model, answers {@code userText} with it (the
     * agent's system prompt, else {@code defaultPrompt} followed by {@code promptSuffix}; the agent's tools) and
     * returns true; without a model returns false and the specialist answers deterministically.
     */
    public boolean answerIfModel(AgentView agent, TaskContext task, String defaultPrompt, String promptSuffix,
                                 String userText) {
        java.util.Optional<ModelSession> model = models.open(agent, task);
        if (model.isEmpty()) {
            return false;
        }
        answer(agent, task, model.get(), systemPrompt(agent, defaultPrompt) + (promptSuffix == null ? "" : promptSuffix),
                userText, tools.forAgent(agent, task.originTaskId()));
        return true;
    }

    /** Streams the model's answer to {@code userText} into the task and completes it. */
    public void answer(AgentView agent, TaskContext task, ModelSession model, String systemPrompt, String userText,
                       Map<ToolSpecification, ToolExecutor> tools) {
        answer(agent, task, model, systemPrompt, userText, tools, null);
    }

    /** As above, with a footer (e.g. the sources) streamed after the model's answer and before the mode line. */
    public void answer(AgentView agent, TaskContext task, ModelSession model, String systemPrompt, String userText,
                       Map<ToolSpecification, ToolExecutor> tools, String footer) {
        String artifactId = UUID.randomUUID().toString();
        boolean[] started = {false};
        java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        try {
            AiServices<Assistant> builder = AiServices.builder(Assistant.class).streamingChatModel(model.streaming())
                    .chatMemory(memory(agent, task)).systemMessageProvider(id -> systemPrompt)
                    .maxSequentialToolsInvocations(maxSteps(agent));
            if (!tools.isEmpty()) {
                builder.tools(guarded(tools, over));
            }
            builder.build().answer(userText)
                    .onPartialResponse(token -> {
                        if (!token.isEmpty() && !over.get()) {
                            task.artifact(Artifact.text(artifactId, "answer", token), started[0], false);
                            started[0] = true;
                        }
                    })
                    .beforeToolExecution(before -> task.working("Calling tool " + before.request().name()))
                    .onToolExecuted(execution -> task.working("Tool " + execution.request().name()
                            + (execution.hasFailed() ? " failed" : " answered")))
                    .onCompleteResponse(done::complete)
                    .onError(done::completeExceptionally)
                    .start();
            ChatResponse response = await(done, agent, task, over);
            if (response != null) {
                finish(task, model, artifactId, started[0], response, footer);
            }
        } catch (ExecutionException | TimeoutException | InterruptedException | RuntimeException e) {
            over.set(true);
            fail(agent, task, model, e);
        }
    }

    /** Ends the task with one clear sentence for a failed, timed-out or interrupted model answer. */
    private static void fail(AgentView agent, TaskContext task, ModelSession model, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            task.fail("Interrupted");
        } else if (e instanceof TimeoutException) {
            task.fail("Agent " + agent.name() + " did not finish within its limit of " + timeoutSeconds(agent) + " s");
        } else {
            task.fail(model.describeFailure(e instanceof ExecutionException ? e.getCause() : e));
        }
    }

    /** The response, waiting at most the agent's time limit; null when the client canceled the task meanwhile. */
    private static ChatResponse await(CompletableFuture<ChatResponse> done, AgentView agent, TaskContext task,
                                      java.util.concurrent.atomic.AtomicBoolean over)
            throws ExecutionException, TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds(agent));
        while (true) {
            try {
                return done.get(Math.min(1000, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)),
                        TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (task.isCanceled()) {
                    over.set(true);
                    return null;
                }
                if (System.nanoTime() >= deadline) {
                    throw e;
                }
            }
        }
    }

    /** The tools, refusing to run once the task is over (timed out, canceled or failed). */
    static Map<ToolSpecification, ToolExecutor> guarded(Map<ToolSpecification, ToolExecutor> tools,
                                                        java.util.concurrent.atomic.AtomicBoolean over) {
        Map<ToolSpecification, ToolExecutor> guarded = new java.util.LinkedHashMap<>();
        tools.forEach((spec, executor) -> guarded.put(spec, (request, memoryId) -> over.get()
                ? "Error: the task has ended; no more tools are run" : executor.execute(request, memoryId)));
        return guarded;
    }

    /**
     * Streams the model's answer to a message the AI service cannot carry (text with images), without tools: the
     * session memory, then the message, straight to the streaming model.
     */
    public void answerDirect(AgentView agent, TaskContext task, ModelSession model, String systemPrompt,
                             dev.langchain4j.data.message.UserMessage message) {
        String artifactId = UUID.randomUUID().toString();
        boolean[] started = {false};
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        try {
            dev.langchain4j.memory.ChatMemory memory = memory(agent, task);
            memory.add(dev.langchain4j.data.message.SystemMessage.from(systemPrompt));
            java.util.List<dev.langchain4j.data.message.ChatMessage> messages = new java.util.ArrayList<>(memory.messages());
            messages.add(message);
            // the memory keeps the text with a placeholder per image: later turns (and text-only agents) get no images
            memory.add(dev.langchain4j.data.message.UserMessage.from(message.contents().stream()
                    .map(c -> c instanceof dev.langchain4j.data.message.TextContent t ? t.text()
                            : "[" + c.type().name().toLowerCase(java.util.Locale.ROOT) + " sent]")
                    .reduce((a, b) -> a + "\n" + b).orElse("")));
            model.streaming().chat(dev.langchain4j.model.chat.request.ChatRequest.builder().messages(messages)
                    .build(), new dev.langchain4j.model.chat.response.StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String token) {
                    if (!token.isEmpty()) {
                        task.artifact(Artifact.text(artifactId, "answer", token), started[0], false);
                        started[0] = true;
                    }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            ChatResponse response = await(done, agent, task, new java.util.concurrent.atomic.AtomicBoolean());
            if (response == null) {
                return;
            }
            if (response.aiMessage() != null) {
                memory.add(response.aiMessage());
            }
            finish(task, model, artifactId, started[0], response, null);
        } catch (ExecutionException | TimeoutException | InterruptedException | RuntimeException e) {
            fail(agent, task, model, e);
        }
    }

    private static void finish(TaskContext task, ModelSession model, String artifactId, boolean streamed,
                               ChatResponse response, String footer) {
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        if (!streamed && (text == null || text.isBlank())) {
            task.complete(Modes.tagged("The model returned an empty answer.", model.mode()));
            return;
        }
        if (!streamed) {
            task.artifact(Artifact.text(artifactId, "answer", text), false, false);
        }
        String end = (footer == null ? "" : "\n\n" + footer.strip()) + "\n\n(" + model.mode() + ")";
        task.artifact(Artifact.text(artifactId, "answer", end), true, true);
        task.complete(null);
    }

    /** The session's memory as this agent sees it (a throwaway one when the agent's memory is off). */
    public dev.langchain4j.memory.ChatMemory memory(AgentView agent, TaskContext task) {
        MemorySettings m = agent.memory();
        boolean enabled = m == null || m.enabled() == null || m.enabled();
        int window = m == null || m.windowMessages() == null ? DEFAULT_WINDOW : m.windowMessages();
        int tokens = m == null || m.maxTokens() == null ? DEFAULT_MEMORY_TOKENS : m.maxTokens();
        if (!enabled) {
            return dev.langchain4j.memory.chat.MessageWindowChatMemory.withMaxMessages(window);
        }
        return new SessionWindowMemory(new io.switchboard.agents.memory.SessionKey(task.contextId(), task.principal()),
                agent.name(), memoryStore, window, tokens);
    }

    static int maxSteps(AgentView agent) {
        return agent.limits() == null || agent.limits().maxSteps() == null ? DEFAULT_MAX_STEPS : agent.limits().maxSteps();
    }

    static int timeoutSeconds(AgentView agent) {
        return agent.limits() == null || agent.limits().timeoutSeconds() == null ? DEFAULT_TIMEOUT_SECONDS
                : agent.limits().timeoutSeconds();
    }

    /** The agent's system prompt, else the specialist's default one. */
    public static String systemPrompt(AgentView agent, String fallback) {
        return agent.systemPrompt() == null || agent.systemPrompt().isBlank() ? fallback : agent.systemPrompt();
    }
}
