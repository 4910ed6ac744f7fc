package io.switchboard.agents.model;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import java.util.Set;

/**
 * Wraps provider clients so that every call, whoever makes it (an AI service's tool loop, the router, a
 * specialist), is checked against the budgets first and recorded with its token usage and latency after.
 */
public final class MeteredModels {

    private MeteredModels() {
    }

    public static ChatModel chat(ChatModel delegate, ModelCallScope scope, UsageMeter meter) {
        return new MeteredChat(delegate, scope, meter);
    }

    public static StreamingChatModel streaming(StreamingChatModel delegate, ModelCallScope scope, UsageMeter meter) {
        return new MeteredStreaming(delegate, scope, meter);
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MeteredModels.class.getName());

    /** Counts the tokens against the task and records the call; a failing record never fails the call. */
    public static void record(ModelCallScope scope, UsageMeter meter, TokenUsage usage, long started, String failure) {
        Integer in = usage == null ? null : usage.inputTokenCount();
        Integer out = usage == null ? null : usage.outputTokenCount();
        scope.spend((in == null ? 0 : in) + (out == null ? 0 : out));
        try {
            meter.afterCall(scope, in, out, (System.nanoTime() - started) / 1_000_000, failure);
        } catch (RuntimeException e) {
            LOG.warning("Could not record a model call of agent " + scope.agentName() + ": " + e.getMessage());
        }
    }

    /** What a model call's span says: the GenAI semantic-convention names for provider and model, and the agent. */
    static java.util.Map<String, String> spanAttributes(ModelCallScope scope) {
        java.util.Map<String, String> attributes = new java.util.HashMap<>();
        attributes.put("gen_ai.system", scope.spec().provider());
        attributes.put("gen_ai.request.model", scope.spec().model());
        attributes.put("switchboard.agent", scope.agentName());
        attributes.put("switchboard.task.id", scope.taskId());
        return attributes;
    }

    private record MeteredChat(ChatModel delegate, ModelCallScope scope, UsageMeter meter) implements ChatModel {

        @Override
        public ChatResponse chat(ChatRequest request) {
            meter.beforeCall(scope);
            return io.switchboard.core.trace.Spans.in("model.chat", spanAttributes(scope), () -> {
                long started = System.nanoTime();
                ChatResponse response;
                try {
                    response = delegate.chat(request);
                } catch (RuntimeException e) {
                    record(scope, meter, null, started, ModelFailures.describe(scope.spec(), e));
                    throw e;
                }
                record(scope, meter, response.tokenUsage(), started, null);
                return response;
            });
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            return chat(request);
        }

        @Override
        public ChatRequestParameters defaultRequestParameters() {
            return delegate.defaultRequestParameters();
        }

        @Override
        public List<ChatModelListener> listeners() {
            return List.of();
        }

        @Override
        public ModelProvider provider() {
            return delegate.provider();
        }

        @Override
        public Set<Capability> supportedCapabilities() {
            return delegate.supportedCapabilities();
        }
    }

    private record MeteredStreaming(StreamingChatModel delegate, ModelCallScope scope, UsageMeter meter)
            implements StreamingChatModel {

        @Override
        public void chat(ChatRequest request, StreamingChatResponseHandler handler) {
            meter.beforeCall(scope);
            attempt(request, handler, 0);
        }

        /**
         * Provider clients do not retry streaming calls; this does, like their blocking calls: a rate-limited,
         * failing (5xx) or timed-out call that has not streamed anything yet is made again, with backoff.
         */
        private void attempt(ChatRequest request, StreamingChatResponseHandler handler, int retry) {
            long started = System.nanoTime();
            boolean[] streamed = {false};
            java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
            delegate.chat(request, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                    streamed[0] = true;
                    handler.onPartialResponse(partial);
                }

                @Override
                public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                    streamed[0] = true;
                    handler.onPartialResponse(partial, context);
                }

                @Override
                public void onCompleteToolCall(CompleteToolCall toolCall) {
                    streamed[0] = true;
                    handler.onCompleteToolCall(toolCall);
                }

                @Override
                public void onPartialThinking(dev.langchain4j.model.chat.response.PartialThinking thinking) {
                    handler.onPartialThinking(thinking);
                }

                @Override
                public void onPartialToolCall(dev.langchain4j.model.chat.response.PartialToolCall toolCall) {
                    streamed[0] = true;
                    handler.onPartialToolCall(toolCall);
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    if (ended.compareAndSet(false, true)) {
                        record(scope, meter, response.tokenUsage(), started, null);
                    }
                    handler.onCompleteResponse(response);
                }

                @Override
                public void onError(Throwable error) {
                    if (!ended.compareAndSet(false, true)) {
                        handler.onError(error); // the caller's completion handling failed; the call itself was recorded
                        return;
                    }
                    record(scope, meter, null, started, ModelFailures.describe(scope.spec(), error));
                    if (!streamed[0] && retry < scope.spec().maxRetries() && ModelFailures.retriable(error)) {
                        try {
                            Thread.sleep(ModelFailures.backoffMillis(retry));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            handler.onError(error);
                            return;
                        }
                        try {
                            meter.beforeCall(scope);
                        } catch (RuntimeException refused) {
                            handler.onError(refused);
                            return;
                        }
                        attempt(request, handler, retry + 1);
                        return;
                    }
                    handler.onError(error);
                }
            });
        }

        @Override
        public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
            chat(request, handler);
        }

        @Override
        public ChatRequestParameters defaultRequestParameters() {
            return delegate.defaultRequestParameters();
        }

        @Override
        public List<ChatModelListener> listeners() {
            return List.of();
        }

        @Override
        public ModelProvider provider() {
            return delegate.provider();
        }

        @Override
        public Set<Capability> supportedCapabilities() {
            return delegate.supportedCapabilities();
        }
    }
}
