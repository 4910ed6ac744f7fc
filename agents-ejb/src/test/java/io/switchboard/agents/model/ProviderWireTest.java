package io.switchboard.agents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.TokenStream;
import dev.langchain4j.service.tool.ToolExecutor;
import io.switchboard.testing.model.ScriptedModelServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * LangChain4j's real provider clients, as {@link ChatModelFactory} builds them, against the scripted model server
 * over HTTP: OpenAI-compatible and Anthropic wire formats, blocking and streaming, tool calls through an AI
 * service, and errors mapped to retries and to clear failures.
 */
class ProviderWireTest {

    static ScriptedModelServer server;

    interface Assistant {
        Result<String> chat(String message);
    }

    interface StreamingAssistant {
        TokenStream chat(String message);
    }

    @BeforeAll
    static void start() {
        server = ScriptedModelServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    static ModelSpec openAi(int retries, Duration timeout) {
        return new ModelSpec(ModelSpec.OPENAI, "gpt-4o-mini", server.openAiBaseUrl(), "sk-test-key", 0.0, 200, timeout,
                retries);
    }

    static ModelSpec anthropic() {
        return new ModelSpec(ModelSpec.ANTHROPIC, "claude-3-5-haiku-latest", server.anthropicBaseUrl(), "ant-test-key",
                0.0, 200, Duration.ofSeconds(5), 0);
    }

    static Map<ToolSpecification, ToolExecutor> calculator(List<String> calls) {
        ToolSpecification spec = ToolSpecification.builder().name("calculator").description("Evaluates arithmetic")
                .parameters(JsonObjectSchema.builder().addStringProperty("expression").required("expression").build())
                .build();
        return Map.of(spec, (request, memory) -> {
            calls.add(request.arguments().replaceAll("\\s+", ""));
            return "30";
        });
    }

    @Test
    void openAiChatSendsTheModelAndKeyAndReadsTheAnswerAndUsage() {
        ChatResponse response = ChatModelFactory.chatModel(openAi(0, Duration.ofSeconds(5))).chat(
                dev.langchain4j.model.chat.request.ChatRequest.builder()
                        .messages(dev.langchain4j.data.message.UserMessage.from("hello there")).build());

        assertThat(response.aiMessage().text()).isEqualTo("Scripted answer: hello there");
        assertThat(response.tokenUsage().inputTokenCount()).isPositive();
        assertThat(response.tokenUsage().outputTokenCount()).isPositive();
        ScriptedModelServer.Received request = server.requests().get(0);
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.authorization()).isEqualTo("Bearer sk-test-key");
        assertThat(request.body().getString("model")).isEqualTo("gpt-4o-mini");
    }

    @Test
    void openAiToolCallsRunThroughTheAiServiceLoop() {
        List<String> calls = new ArrayList<>();
        Assistant assistant = AiServices.builder(Assistant.class)
                .chatModel(ChatModelFactory.chatModel(openAi(0, Duration.ofSeconds(5)))).tools(calculator(calls)).build();

        Result<String> result = assistant.chat("what is 15% of 200");

        assertThat(calls).containsExactly("{\"expression\":\"15%of200\"}");
        assertThat(result.content()).isEqualTo("The result is 30.");
        assertThat(result.toolExecutions()).hasSize(1);
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(1).body().getJsonArray("messages").toString()).contains("\"role\":\"tool\"");
    }

    @Test
    void openAiStreamsTokensAndStreamedToolCalls() throws Exception {
        List<String> calls = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        StreamingAssistant assistant = AiServices.builder(StreamingAssistant.class)
                .streamingChatModel(ChatModelFactory.streamingModel(openAi(0, Duration.ofSeconds(5))))
                .tools(calculator(calls)).build();

        assistant.chat("what is 15% of 200").onPartialResponse(tokens::add).onCompleteResponse(done::complete)
                .onError(done::completeExceptionally).start();
        ChatResponse response = done.get(10, TimeUnit.SECONDS);

        assertThat(calls).hasSize(1);
        assertThat(tokens).hasSizeGreaterThan(1);
        assertThat(String.join("", tokens)).isEqualTo("The result is 30.");
        assertThat(response.tokenUsage().totalTokenCount()).isPositive();
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.body().getBoolean("stream")).isTrue());
    }

    @Test
    void aRateLimitedCallIsRetriedAndThenSucceeds() {
        server.failNext(429, 1);

        String answer = ChatModelFactory.chatModel(openAi(2, Duration.ofSeconds(5))).chat("hello");

        assertThat(answer).isEqualTo("Scripted answer: hello");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aServerThatKeepsFailingEndsInAClearFailureAfterTheRetries() {
        server.failNext(500, 10);
        ModelSpec spec = openAi(2, Duration.ofSeconds(5));

        assertThatThrownBy(() -> ChatModelFactory.chatModel(spec).chat("hello"))
                .satisfies(e -> assertThat(ModelFailures.describe(spec, e)).contains("HTTP 5xx").contains("2 retries"));
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aRefusedKeyIsNotRetriedAndSaysSo() {
        server.failNext(401, 10);
        ModelSpec spec = openAi(2, Duration.ofSeconds(5));

        assertThatThrownBy(() -> ChatModelFactory.chatModel(spec).chat("hello"))
                .satisfies(e -> assertThat(ModelFailures.describe(spec, e)).contains("refused the API key"));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aModelThatDoesNotAnswerInTimeIsATimeout() {
        server.delayNext(3000);
        ModelSpec spec = openAi(0, Duration.ofMillis(500));

        assertThatThrownBy(() -> ChatModelFactory.chatModel(spec).chat("hello"))
                .satisfies(e -> assertThat(ModelFailures.describe(spec, e)).contains("did not answer within"));
    }

    /** A streaming call's outcome. */
    static CompletableFuture<ChatResponse> stream(StreamingChatModel model, String text) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(text, new StreamingChatResponseHandler() {
            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        return done;
    }

    @Test
    void aStreamingCallThatFailsBeforeStreamingIsRetriedByTheMeterAndEachAttemptRecorded() throws Exception {
        server.failNext(503, 1);
        ModelSpec spec = openAi(2, Duration.ofSeconds(5));
        List<String> outcomes = new ArrayList<>();
        UsageMeter meter = new UsageMeter() {
            @Override
            public void beforeCall(ModelCallScope scope) {
                outcomes.add("check");
            }

            @Override
            public void afterCall(ModelCallScope scope, Integer in, Integer out, long latencyMs, String failure) {
                outcomes.add(failure == null ? "ok" : "failed");
            }
        };
        StreamingChatModel model = MeteredModels.streaming(ChatModelFactory.streamingModel(spec),
                new ModelCallScope("a1", "general", "t1", "s1", spec, 0, 0), meter);
        CompletableFuture<ChatResponse> done = stream(model, "hello");

        assertThat(done.get(10, TimeUnit.SECONDS).aiMessage().text()).isEqualTo("Scripted answer: hello");
        assertThat(server.requests()).hasSize(2);
        assertThat(outcomes).containsExactly("check", "failed", "check", "ok");
    }

    @Test
    void aStreamingCallStillFailingAfterTheRetriesReportsTheFailure() {
        server.failNext(500, 10);
        ModelSpec spec = openAi(1, Duration.ofSeconds(5));
        List<String> outcomes = new ArrayList<>();
        UsageMeter none = new UsageMeter() {
            @Override
            public void beforeCall(ModelCallScope scope) {
            }

            @Override
            public void afterCall(ModelCallScope scope, Integer in, Integer out, long latencyMs, String failure) {
                outcomes.add(failure == null ? "ok" : "failed");
            }
        };
        StreamingChatModel model = MeteredModels.streaming(ChatModelFactory.streamingModel(spec),
                new ModelCallScope("a1", "general", "t1", "s1", spec, 0, 0), none);
        CompletableFuture<ChatResponse> done = stream(model, "hello");

        assertThatThrownBy(() -> done.get(10, TimeUnit.SECONDS))
                .satisfies(e -> assertThat(ModelFailures.describe(spec, e.getCause())).contains("HTTP 5xx"));
        assertThat(server.requests()).hasSize(2);
        assertThat(outcomes).as("each attempt recorded once").containsExactly("failed", "failed");
    }

    @Test
    void anAgentsDailyBudgetIsCappedByThePlatformsPerAgentBudget() {
        assertThat(ModelSessions.dailyBudget(null, 0)).isZero();
        assertThat(ModelSessions.dailyBudget(500, 0)).isEqualTo(500);
        assertThat(ModelSessions.dailyBudget(null, 300)).isEqualTo(300);
        assertThat(ModelSessions.dailyBudget(0, 300)).isEqualTo(300);
        assertThat(ModelSessions.dailyBudget(500, 300)).isEqualTo(300);
        assertThat(ModelSessions.dailyBudget(100, 300)).isEqualTo(100);
    }

    @Test
    void anthropicWireFormatBlockingWithToolUse() {
        List<String> calls = new ArrayList<>();
        Assistant assistant = AiServices.builder(Assistant.class).chatModel(ChatModelFactory.chatModel(anthropic()))
                .tools(calculator(calls)).build();

        Result<String> result = assistant.chat("what is 15% of 200");

        assertThat(calls).containsExactly("{\"expression\":\"15%of200\"}");
        assertThat(result.content()).isEqualTo("The result is 30.");
        ScriptedModelServer.Received first = server.requests().get(0);
        assertThat(first.path()).isEqualTo("/v1/messages");
        assertThat(first.apiKeyHeader()).isEqualTo("ant-test-key");
        assertThat(first.body().getString("model")).isEqualTo("claude-3-5-haiku-latest");
        assertThat(result.tokenUsage().outputTokenCount()).isPositive();
    }

    @Test
    void anthropicWireFormatStreaming() throws Exception {
        StreamingChatModel model = ChatModelFactory.streamingModel(anthropic());
        List<String> tokens = new ArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        model.chat("tell me something", new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                tokens.add(partial);
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

        ChatResponse response = done.get(10, TimeUnit.SECONDS);
        assertThat(String.join("", tokens)).isEqualTo("Scripted answer: tell me something");
        assertThat(tokens).hasSizeGreaterThan(1);
        assertThat(response.aiMessage().text()).isEqualTo("Scripted answer: tell me something");
        assertThat(response.tokenUsage().outputTokenCount()).isPositive();
    }

    @Test
    void meteredModelsRecordEachCallAndStopWhenTheTaskBudgetIsSpent() {
        List<String> recorded = new ArrayList<>();
        UsageMeter meter = new UsageMeter() {
            @Override
            public void beforeCall(ModelCallScope scope) {
                if (scope.taskTokenBudget() > 0 && scope.spent() >= scope.taskTokenBudget()) {
                    throw new BudgetExceededException("Budget exceeded after " + scope.spent() + " tokens");
                }
            }

            @Override
            public void afterCall(ModelCallScope scope, Integer in, Integer out, long latencyMs, String failure) {
                recorded.add(in + "/" + out);
            }
        };
        ModelSpec spec = openAi(0, Duration.ofSeconds(5));
        ModelCallScope scope = new ModelCallScope("a1", "general", "t1", "s1", spec, 5, 0);
        ChatModel metered = MeteredModels.chat(ChatModelFactory.chatModel(spec), scope, meter);

        metered.chat("a first question that costs more than five tokens");

        assertThat(recorded).hasSize(1);
        assertThat(scope.spent()).isGreaterThanOrEqualTo(5);
        assertThatThrownBy(() -> metered.chat("a second one")).isInstanceOf(BudgetExceededException.class);
        assertThat(server.requests()).hasSize(1);
    }
}
