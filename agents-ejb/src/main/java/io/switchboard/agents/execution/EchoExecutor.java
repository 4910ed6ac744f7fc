package io.switchboard.agents.execution;

import io.switchboard.api.a2a.Artifact;
import io.switchboard.api.agent.AgentView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Answers with the text of the incoming message: deterministic and needs no model. A few directives at the
 * start of the text exercise the rest of the A2A task lifecycle, for trying clients out:
 * <ul>
 *   <li>{@code ask: <question>} — pauses with input-required; the answer sent to the same task completes it;</li>
 *   <li>{@code slow: <n>} — streams n chunks of an artifact, {@value #CHUNK_DELAY_MS} ms apart, and can be canceled;</li>
 *   <li>{@code fail: <reason>} and {@code reject: <reason>} — end the task that way.</li>
 * </ul>
 */
@ApplicationScoped
public class EchoExecutor implements AgentExecutor {

    public static final String NAME = "echo";
    static final long CHUNK_DELAY_MS = 200;
    private static final int MAX_CHUNKS = 100;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void execute(AgentView agent, TaskContext task) throws InterruptedException {
        String text = task.message().joinedText().strip();
        if (!task.history().isEmpty()) {
            task.complete("You answered: " + text);
        } else if (text.startsWith("ask:")) {
            task.requireInput(text.substring(4).strip());
        } else if (text.startsWith("fail:")) {
            task.fail(text.substring(5).strip());
        } else if (text.startsWith("reject:")) {
            task.reject(text.substring(7).strip());
        } else if (text.startsWith("slow:")) {
            streamChunks(task, chunkCount(text.substring(5).strip()));
        } else {
            task.complete(task.message().joinedText());
        }
    }

    private static void streamChunks(TaskContext task, int chunks) throws InterruptedException {
        String artifactId = UUID.randomUUID().toString();
        for (int i = 1; i <= chunks && !task.isCanceled(); i++) {
            task.working("chunk " + i + " of " + chunks);
            task.artifact(Artifact.text(artifactId, "chunks", "chunk " + i + "\n"), i > 1, i == chunks);
            Thread.sleep(CHUNK_DELAY_MS);
        }
        task.complete(null);
    }

    private static int chunkCount(String value) {
        try {
            return Math.max(1, Math.min(MAX_CHUNKS, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 3;
        }
    }
}
