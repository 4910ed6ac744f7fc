package io.switchboard.console.agents;

import io.switchboard.api.agent.AgentRequest;
import io.switchboard.api.agent.AgentSkill;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.agent.ModelSettings;
import io.switchboard.api.agent.ModelSettingsView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The texts of the agent form and how they become an {@link AgentRequest}: lists are comma-separated; skills are
 * one per line, {@code name: description | example; example}; an empty provider means the platform's default
 * model; a blank API key keeps the stored one (the server never returns it, only a hint).
 */
public record AgentForm(String name, String description, String specialist, String systemPrompt, String tools,
                        String collections, String skills, String provider, String model, String baseUrl,
                        String apiKey) {

    public static final List<String> SPECIALISTS = List.of("general", "document", "data", "tool", "vision", "echo");
    public static final List<String> PROVIDERS = List.of("", "openai", "anthropic", "gemini", "ollama");

    public static AgentForm blank() {
        return new AgentForm("", "", "general", "", "", "", "", "", "", "", "");
    }

    public static AgentForm of(AgentView agent) {
        ModelSettingsView m = agent.model();
        return new AgentForm(agent.name(), nz(agent.description()), agent.specialist() == null ? "general"
                : agent.specialist(), nz(agent.systemPrompt()), String.join(", ", list(agent.tools())),
                String.join(", ", list(agent.collections())), skillsText(agent.skills()),
                m == null ? "" : nz(m.provider()), m == null ? "" : nz(m.model()), m == null ? "" : nz(m.baseUrl()), "");
    }

    /** The request; {@code keep} is the agent being edited (its memory and limits are kept), or null. */
    public AgentRequest request(AgentView keep) {
        ModelSettings model = provider.isBlank() ? null : new ModelSettings(provider, blankToNull(this.model),
                blankToNull(baseUrl), blankToNull(apiKey), keep != null && keep.model() != null
                ? keep.model().temperature() : null, keep != null && keep.model() != null ? keep.model().maxTokens()
                : null, keep != null && keep.model() != null ? keep.model().timeoutSeconds() : null);
        return new AgentRequest(name.strip(), blankToNull(description), specialist, skills(skills),
                blankToNull(systemPrompt), model, split(tools), split(collections),
                keep == null ? null : keep.memory(), keep == null ? null : keep.limits());
    }

    static List<AgentSkill> skills(String text) {
        List<AgentSkill> skills = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] examples = line.split("\\|", 2);
            String[] head = examples[0].split(":", 2);
            String skillName = head[0].strip();
            String id = skillName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            skills.add(new AgentSkill(id.isEmpty() ? "skill" : id, skillName,
                    head.length > 1 ? head[1].strip() : skillName, List.of(),
                    examples.length > 1 ? Arrays.stream(examples[1].split(";")).map(String::strip)
                            .filter(s -> !s.isEmpty()).toList() : List.of()));
        }
        return skills;
    }

    static String skillsText(List<AgentSkill> skills) {
        StringBuilder text = new StringBuilder();
        for (AgentSkill skill : list(skills)) {
            text.append(skill.name()).append(": ").append(nz(skill.description()));
            if (skill.examples() != null && !skill.examples().isEmpty()) {
                text.append(" | ").append(String.join("; ", skill.examples()));
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
