package io.switchboard.orchestration.routing;

import io.switchboard.api.json.Jsonp;
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
            + "in one short sentence>\", \"steps\": []}. Only when the request has several independent parts that "
            + "need different agents, list one step per part in \"steps\" ({\"agent\": \"<name>\", \"request\": "
            + "\"<that part, as a request of its own>\"}, at most " + "%d" + "), and set \"agent\" to the first step's agent.";

    /** Most steps a plan may have. */
    static final int MAX_STEPS = 4;

    /** The model's choice (and plan, when it split the request), or empty with the reason it could not be used. */
    public record Outcome(Optional<AgentView> agent, Routing routing, String problem,
                          List<RoutingDecision.Step> steps) {

        Outcome(Optional<AgentView> agent, Routing routing, String problem) {
            this(agent, routing, problem, List.of());
        }
    }

    private ModelRouter() {
    }

    public static Outcome route(String request, List<AgentView> candidates, ModelSession model) {
        List<String> names = candidates.stream().map(AgentView::name).toList();
        JsonObjectSchema step = JsonObjectSchema.builder()
                .addProperty("agent", JsonEnumSchema.builder().enumValues(names).build())
                .addProperty("request", JsonStringSchema.builder().build())
                .required("agent", "request").additionalProperties(false).build();
        JsonObjectSchema schema = JsonObjectSchema.builder()
                .addProperty("agent", JsonEnumSchema.builder().enumValues(names).build())
                .addProperty("reason", JsonStringSchema.builder().build())
                .addProperty("steps", dev.langchain4j.model.chat.request.json.JsonArraySchema.builder().items(step).build())
                .required("agent", "reason", "steps").additionalProperties(false).build();
        ChatRequest chat = ChatRequest.builder()
                .messages(SystemMessage.from(PROMPT.formatted(catalogue(candidates), MAX_STEPS)),
                        UserMessage.from(request))
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
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(json.substring(open, close + 1)))) {
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
        List<RoutingDecision.Step> steps = steps(decision, candidates);
        if (steps.size() > 1) {
            reason = reason + " (" + steps.size() + " steps: " + String.join(", ",
                    steps.stream().map(RoutingDecision.Step::agentName).toList()) + ")";
        }
        return new Outcome(chosen, new Routing(chosen.get().name(), Routing.MODEL, null,
                reason.length() > 500 ? reason.substring(0, 500) : reason), null, steps.size() > 1 ? steps : List.of());
    }

    /** The valid steps of a plan (a known agent and a request each), at most MAX_STEPS. */
    static List<RoutingDecision.Step> steps(JsonObject decision, List<AgentView> candidates) {
        if (!(decision.get("steps") instanceof jakarta.json.JsonArray array)) {
            return List.of();
        }
        List<RoutingDecision.Step> steps = new java.util.ArrayList<>();
        for (jakarta.json.JsonValue value : array) {
            if (steps.size() == MAX_STEPS || !(value instanceof JsonObject step)) {
                continue;
            }
            String name = step.get("agent") instanceof JsonString s ? s.getString().strip() : "";
            String part = step.get("request") instanceof JsonString r ? r.getString().strip() : "";
            candidates.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst()
                    .filter(a -> !part.isEmpty())
                    .ifPresent(a -> steps.add(new RoutingDecision.Step(a.id(), a.name(), part)));
        }
        return steps;
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
