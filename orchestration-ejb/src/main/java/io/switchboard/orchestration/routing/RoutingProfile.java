package io.switchboard.orchestration.routing;

import io.switchboard.api.agent.AgentSkill;
import io.switchboard.api.agent.AgentView;
import java.util.ArrayList;
import java.util.List;

/** What a request is compared with for one agent: its description and each skill's description and examples. */
public record RoutingProfile(String agentId, String agentName, List<Text> texts) {

    /** One text of a profile, and what it is (for the decision's reason). */
    public record Text(String text, String source) {
    }

    public RoutingProfile {
        texts = List.copyOf(texts);
    }

    /** The profile of an agent: its skills, or for an agent without skills its description. */
    public static RoutingProfile of(AgentView agent) {
        List<Text> texts = new ArrayList<>();
        for (AgentSkill skill : agent.skills()) {
            String description = skill.description() == null || skill.description().isBlank() ? skill.name()
                    : skill.name() + ": " + skill.description();
            texts.add(new Text(description, "skill " + skill.id()));
            skill.examples().forEach(e -> texts.add(new Text(e, "example of skill " + skill.id() + ": \"" + e + "\"")));
        }
        if (texts.isEmpty() && agent.description() != null && !agent.description().isBlank()) {
            texts.add(new Text(agent.description(), "description"));
        }
        return new RoutingProfile(agent.id(), agent.name(), texts);
    }
}
