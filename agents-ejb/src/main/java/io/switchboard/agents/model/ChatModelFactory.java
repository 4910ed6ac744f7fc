package io.switchboard.agents.model;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.net.http.HttpClient;

/**
 * Builds LangChain4j's provider clients for a {@link ModelSpec}: {@code openai} (any OpenAI-compatible server:
 * OpenAI, vLLM, LM Studio, Ollama's /v1), {@code anthropic}, {@code gemini} (Google AI) and {@code ollama} (its
 * native API). Every client uses the JDK HTTP client (HTTP/1.1, so plain-HTTP servers are not sent an h2c
 * upgrade), the spec's timeout, and LangChain4j's retry of rate-limited, failing or timed-out calls.
 */
public final class ChatModelFactory {

    private ChatModelFactory() {
    }

    public static ChatModel chatModel(ModelSpec s) {
        return switch (s.provider()) {
            case ModelSpec.OPENAI -> OpenAiChatModel.builder().httpClientBuilder(http()).baseUrl(s.baseUrl())
                    .apiKey(key(s)).modelName(s.model()).temperature(s.temperature()).maxTokens(s.maxTokens())
                    .timeout(s.timeout()).maxRetries(s.maxRetries()).build();
            case ModelSpec.ANTHROPIC -> AnthropicChatModel.builder().httpClientBuilder(http()).baseUrl(s.baseUrl())
                    .apiKey(key(s)).modelName(s.model()).temperature(s.temperature())
                    .maxTokens(s.maxTokens() == null ? 1024 : s.maxTokens()).timeout(s.timeout())
                    .maxRetries(s.maxRetries()).build();
            case ModelSpec.GEMINI -> GoogleAiGeminiChatModel.builder().httpClientBuilder(http()).baseUrl(s.baseUrl())
                    .apiKey(key(s)).modelName(s.model()).temperature(s.temperature()).maxOutputTokens(s.maxTokens())
                    .timeout(s.timeout()).maxRetries(s.maxRetries()).build();
            case ModelSpec.OLLAMA -> OllamaChatModel.builder().httpClientBuilder(http())
                    .baseUrl(s.baseUrl() == null ? "http://localhost:11434" : s.baseUrl()).modelName(s.model())
                    .temperature(s.temperature()).numPredict(s.maxTokens()).timeout(s.timeout())
                    .maxRetries(s.maxRetries()).build();
            default -> throw new IllegalArgumentException("Unknown model provider '" + s.provider() + "'");
        };
    }

    public static StreamingChatModel streamingModel(ModelSpec s) {
        return switch (s.provider()) {
            case ModelSpec.OPENAI -> OpenAiStreamingChatModel.builder().httpClientBuilder(http()).baseUrl(s.baseUrl())
                    .apiKey(key(s)).modelName(s.model()).temperature(s.temperature()).maxTokens(s.maxTokens())
                    .timeout(s.timeout()).build();
            case ModelSpec.ANTHROPIC -> AnthropicStreamingChatModel.builder().httpClientBuilder(http())
                    .baseUrl(s.baseUrl()).apiKey(key(s)).modelName(s.model()).temperature(s.temperature())
                    .maxTokens(s.maxTokens() == null ? 1024 : s.maxTokens()).timeout(s.timeout()).build();
            case ModelSpec.GEMINI -> GoogleAiGeminiStreamingChatModel.builder().httpClientBuilder(http())
                    .baseUrl(s.baseUrl()).apiKey(key(s)).modelName(s.model()).temperature(s.temperature())
                    .maxOutputTokens(s.maxTokens()).timeout(s.timeout()).build();
            case ModelSpec.OLLAMA -> OllamaStreamingChatModel.builder().httpClientBuilder(http())
                    .baseUrl(s.baseUrl() == null ? "http://localhost:11434" : s.baseUrl()).modelName(s.model())
                    .temperature(s.temperature()).numPredict(s.maxTokens()).timeout(s.timeout()).build();
            default -> throw new IllegalArgumentException("Unknown model provider '" + s.provider() + "'");
        };
    }

    /** OpenAI-compatible servers on a private network often need no key; the client insists on one. */
    private static String key(ModelSpec s) {
        return s.apiKey() == null ? "none" : s.apiKey();
    }

    private static JdkHttpClientBuilder http() {
        return JdkHttpClient.builder().httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }
}
