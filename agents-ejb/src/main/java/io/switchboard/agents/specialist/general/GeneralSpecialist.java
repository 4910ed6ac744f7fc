package io.switchboard.agents.specialist.general;

import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.agents.execution.AgentExecutor;
import io.switchboard.agents.execution.TaskContext;
import io.switchboard.agents.specialist.Modes;
import io.switchboard.api.agent.AgentSkill;
import io.switchboard.api.agent.AgentStatus;
import io.switchboard.api.agent.AgentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;

/**
 * The {@code general} executor. Without a language model it cannot hold an open conversation, so it says so
 * and is useful anyway: it greets, and lists the active agents with what each can do and an example request.
 */
@ApplicationScoped
public class GeneralSpecialist implements AgentExecutor {

    public static final String NAME = "general";
    private static final Pattern GREETING = Pattern.compile("(?i)^\\s*(hello|hi|hey|good (morning|afternoon|evening)|"
            + "greetings|howdy|hallo|bonjour)\\b.*");
    private static final Pattern THANKS = Pattern.compile("(?i)^\\s*(thanks|thank you|cheers)\\b.*");

    static final String PROMPT = "You are the general assistant of Switchboard, a company's AI agent platform. "
            + "Answer helpfully, accurately and concisely; say so when you do not know.";

    @Inject
    AgentRegistry agents;

    @Inject
    io.switchboard.agents.specialist.ModelAnswers answers;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void execute(AgentView agent, TaskContext task) {
        String text = task.message().joinedText().strip();
        if (answers.answerIfModel(agent, task, PROMPT, null, text)) {
            return;
        }
        StringBuilder answer = new StringBuilder();
        if (THANKS.matcher(text).matches()) {
            answer.append("You are welcome! ");
        } else if (GREETING.matcher(text).matches()) {
            answer.append("Hello! I am Switchboard's general assistant. ");
        }
        answer.append("No language model is configured, so I cannot discuss arbitrary topics, but the platform's "
                + "specialists answer without one. Ask for example:\n");
        for (AgentView other : agents.list()) {
            if (other.id().equals(agent.id()) || !AgentStatus.ACTIVE.equals(other.status()) || other.skills().isEmpty()) {
                continue;
            }
            answer.append("- ").append(other.name()).append(": ");
            AgentSkill first = other.skills().get(0);
            answer.append(other.skills().stream().map(AgentSkill::name).reduce((a, b) -> a + ", " + b).orElse(""));
            if (!first.examples().isEmpty()) {
                answer.append(" (e.g. \"").append(first.examples().get(0)).append("\")");
            }
            answer.append('\n');
        }
        answer.append("Send your request to the platform without naming an agent and it is routed to the one that "
                + "fits; configure a language model for open conversation.");
        task.complete(Modes.tagged(answer.toString(), Modes.DETERMINISTIC));
    }
}
