package io.switchboard.agents.agent;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.agent.AgentLimits;
import io.switchboard.api.agent.MemorySettings;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;

/** The JSON columns of an agent's definition (model, memory, limits, collections) and of a version's snapshot. */
final class AgentDefinitionJson {

    private AgentDefinitionJson() {
    }

    static String model(AgentDefinition.StoredModel model) {
        if (model == null) {
            return null;
        }
        JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder();
        put(o, "provider", model.provider());
        put(o, "model", model.model());
        put(o, "baseUrl", model.baseUrl());
        put(o, "temperature", model.temperature());
        put(o, "maxTokens", model.maxTokens());
        put(o, "timeoutSeconds", model.timeoutSeconds());
        put(o, "apiKeyHint", model.apiKeyHint());
        return o.build().toString();
    }

    static AgentDefinition.StoredModel model(String json) {
        JsonObject o = object(json);
        return o == null ? null : new AgentDefinition.StoredModel(text(o, "provider"), text(o, "model"),
                text(o, "baseUrl"), decimal(o, "temperature"), integer(o, "maxTokens"), integer(o, "timeoutSeconds"),
                text(o, "apiKeyHint"));
    }

    static String memory(MemorySettings memory) {
        if (memory == null) {
            return null;
        }
        JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder();
        if (memory.enabled() != null) {
            o.add("enabled", memory.enabled());
        }
        put(o, "windowMessages", memory.windowMessages());
        put(o, "maxTokens", memory.maxTokens());
        return o.build().toString();
    }

    static MemorySettings memory(String json) {
        JsonObject o = object(json);
        return o == null ? null : new MemorySettings(o.containsKey("enabled") ? o.getBoolean("enabled") : null,
                integer(o, "windowMessages"), integer(o, "maxTokens"));
    }

    static String limits(AgentLimits limits) {
        if (limits == null) {
            return null;
        }
        JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder();
        put(o, "timeoutSeconds", limits.timeoutSeconds());
        put(o, "maxSteps", limits.maxSteps());
        put(o, "tokenBudget", limits.tokenBudget());
        put(o, "dailyTokenBudget", limits.dailyTokenBudget());
        return o.build().toString();
    }

    static AgentLimits limits(String json) {
        JsonObject o = object(json);
        return o == null ? null : new AgentLimits(integer(o, "timeoutSeconds"), integer(o, "maxSteps"),
                integer(o, "tokenBudget"), integer(o, "dailyTokenBudget"));
    }

    static String strings(List<String> values) {
        return values == null || values.isEmpty() ? null : Jsonp.JSON.createArrayBuilder(values).build().toString();
    }

    static List<String> strings(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    /** A version's snapshot. */
    static String snapshot(AgentDefinition d) {
        JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder();
        put(o, "name", d.name());
        put(o, "description", d.description());
        put(o, "executor", d.executor());
        put(o, "status", d.status());
        put(o, "skills", AgentSkills.write(d.skills()));
        put(o, "systemPrompt", d.systemPrompt());
        put(o, "model", model(d.model()));
        put(o, "modelApiKeySealed", d.modelApiKeySealed());
        put(o, "tools", strings(d.tools()));
        put(o, "collections", strings(d.collections()));
        put(o, "memory", memory(d.memory()));
        put(o, "limits", limits(d.limits()));
        return o.build().toString();
    }

    static AgentDefinition snapshot(String json) {
        JsonObject o = object(json);
        return new AgentDefinition(text(o, "name"), text(o, "description"), text(o, "executor"), text(o, "status"),
                AgentSkills.read(text(o, "skills")), text(o, "systemPrompt"), model(text(o, "model")),
                text(o, "modelApiKeySealed"), strings(text(o, "tools")), strings(text(o, "collections")),
                memory(text(o, "memory")), limits(text(o, "limits")));
    }

    private static void put(JsonObjectBuilder o, String name, Object value) {
        if (value instanceof String s) {
            o.add(name, s);
        } else if (value instanceof Integer i) {
            o.add(name, i);
        } else if (value instanceof Double d) {
            o.add(name, d);
        }
    }

    private static JsonObject object(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String text(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static Integer integer(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.intValue() : null;
    }

    private static Double decimal(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.doubleValue() : null;
    }
}
