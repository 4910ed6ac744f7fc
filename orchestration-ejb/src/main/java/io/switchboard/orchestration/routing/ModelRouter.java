package io.switchboard.orchestration.routing;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.switchboard.agents.model.ModelSession;
import io.switchboard.api.agent.AgentSkill;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.task.Routing;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * Routing with a language model: a classification prompt listing the candidate agents with their skills, and
 * a structured-output schema whose {@code agent} field may only be one of their names. The answer is validated
 * (JSON, a known agent); anything else is no decision, and the caller falls back to similarity routing.
 */
public final class ModelRouter {

    static final String PROMPT = "You route requests to the agent that should answer them. Agents and their skills:\n%s\n"
            + "Choose exactly one agent by its name. Answer with JSON only: {\"agent\": \"<name>\", \"reason\": \"<why, "
            + "in one short sentence>\"}.";

    /** The model's choice, or empty with the reason it could not be used. */
    public record Outcome(Optional<AgentView> agent, Routing routing, String problem) {
    }

    private ModelRouter() {
    }

    public static Outcome route(String request, List<AgentView> candidates, ModelSession model) {
        List<String> names = candidates.stream().map(AgentView::name).toList();
        JsonObjectSchema schema = JsonObjectSchema.builder()
                .addProperty("agent", JsonEnumSchema.builder().enumValues(names).build())
                .addProperty("reason", JsonStringSchema.builder().build())
                .required("agent", "reason").additionalProperties(false).build();
        ChatRequest chat = ChatRequest.builder()
                .messages(SystemMessage.from(PROMPT.formatted(catalogue(candidates))), UserMessage.from(request))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON)
                        .jsonSchema(JsonSchema.builder().name("routing_decision").rootElement(schema).build()).build())
                .build();
        ChatResponse response;
        try {
            response = model.chat().chat(chat);
        } catch (RuntimeException e) {
            return new Outcome(Optional.empty(), null, model.describeFailure(e));
        }
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        return parse(text, candidates);
    }

    static Outcome parse(String text, List<AgentView> candidates) {
        if (text == null || text.isBlank()) {
            return new Outcome(Optional.empty(), null, "the model gave no routing answer");
        }
        String json = text.strip();
        int open = json.indexOf('{');
        int close = json.lastIndexOf('}');
        if (open < 0 || close < open) {
            return new Outcome(Optional.empty(), null, "the model's routing answer is not JSON");
        }
        JsonObject decision;
        try (JsonReader reader = Json.createReader(new StringReader(json.substring(open, close + 1)))) {
            decision = reader.readObject();
        } catch (RuntimeException e) {
            return new Outcome(Optional.empty(), null, "the model's routing answer is not valid JSON");
        }
        String name = decision.get("agent") instanceof JsonString s ? s.getString().strip() : null;
        Optional<AgentView> chosen = candidates.stream().filter(a -> a.name().equalsIgnoreCase(name == null ? "" : name))
                .findFirst();
        if (chosen.isEmpty()) {
            return new Outcome(Optional.empty(), null, "the model chose '" + name + "', which is not a candidate agent");
        }
        String reason = decision.get("reason") instanceof JsonString r && !r.getString().isBlank() ? r.getString().strip()
                : "chosen by the model";
        return new Outcome(chosen, new Routing(chosen.get().name(), Routing.MODEL, null,
                reason.length() > 500 ? reason.substring(0, 500) : reason), null);
    }

    static String catalogue(List<AgentView> candidates) {
        StringBuilder text = new StringBuilder();
        for (AgentView agent : candidates) {
            text.append("- ").append(agent.name());
            if (agent.description() != null && !agent.description().isBlank()) {
                text.append(": ").append(agent.description().strip());
            }
            text.append('\n');
            for (AgentSkill skill : agent.skills()) {
                text.append("  * ").append(skill.name());
                if (skill.description() != null && !skill.description().isBlank()) {
                    text.append(" — ").append(skill.description().strip());
                }
                if (!skill.examples().isEmpty()) {
                    text.append(" (e.g. ").append(String.join("; ", skill.examples().stream().limit(3).toList())).append(')');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }
}
