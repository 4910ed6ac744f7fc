package io.switchboard.agents.agent;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.agent.AgentSkill;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/** Agent skills as the {@code agents.skills} column keeps them: a JSON array of {id, name, description, tags, examples}. */
public final class AgentSkills {

    private AgentSkills() {
    }

    static String write(List<AgentSkill> skills) {
        if (skills == null || skills.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = Jsonp.JSON.createArrayBuilder();
        for (AgentSkill skill : skills) {
            array.add(Jsonp.JSON.createObjectBuilder().add("id", skill.id()).add("name", skill.name())
                    .add("description", skill.description() == null ? "" : skill.description())
                    .add("tags", Jsonp.JSON.createArrayBuilder(skill.tags()))
                    .add("examples", Jsonp.JSON.createArrayBuilder(skill.examples())));
        }
        return array.build().toString();
    }

    public static List<AgentSkill> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class).stream().map(o -> new AgentSkill(o.getString("id"),
                    o.getString("name"), o.getString("description", null), strings(o, "tags"), strings(o, "examples")))
                    .toList();
        }
    }

    /** The skills an A2A agent card lists (checked by RemoteCards), for routing to a remote agent. */
    static List<AgentSkill> fromCard(String cardJson) {
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(cardJson))) {
            JsonObject card = reader.readObject();
            if (!(card.get("skills") instanceof JsonArray skills)) {
                return List.of();
            }
            return skills.getValuesAs(JsonObject.class).stream().limit(20).map(o -> new AgentSkill(
                    text(o, "id", 64), text(o, "name", 200), text(o, "description", 2000),
                    strings(o, "tags").stream().limit(20).toList(), strings(o, "examples").stream().limit(30).toList()))
                    .toList();
        }
    }

    private static String text(JsonObject object, String member, int max) {
        String value = object.get(member) instanceof JsonString s ? s.getString() : "";
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static List<String> strings(JsonObject object, String member) {
        JsonValue value = object.get(member);
        return value instanceof JsonArray array ? array.stream().filter(JsonString.class::isInstance)
                .map(v -> ((JsonString) v).getString()).toList() : List.of();
    }
}
