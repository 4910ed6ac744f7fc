package io.switchboard.agents.specialist.vision;

import io.switchboard.agents.execution.AgentExecutor;
import io.switchboard.agents.execution.TaskContext;
import io.switchboard.agents.specialist.Modes;
import io.switchboard.api.a2a.Part;
import io.switchboard.api.agent.AgentView;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/** The {@code vision} executor: image facts without a model, and a plain statement of what needs one. */
@ApplicationScoped
public class VisionSpecialist implements AgentExecutor {

    public static final String NAME = "vision";
    /** The image types it reads (and the platform's front door forwards to it). */
    public static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/bmp");
    static final String NEEDS_MODEL = "Describing what the image shows, reading its text or answering questions about it "
            + "needs a vision-capable language model, and none is configured.";

    static final String PROMPT = "You are Switchboard's vision agent. Describe the images you are sent and answer "
            + "questions about them precisely; say what you cannot make out.";

    @jakarta.inject.Inject
    io.switchboard.agents.model.ModelSessions models;

    @jakarta.inject.Inject
    io.switchboard.agents.specialist.ModelAnswers answers;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> acceptedFileTypes() {
        return IMAGE_TYPES;
    }

    @Override
    public void execute(AgentView agent, TaskContext task) throws IOException {
        var model = models.open(agent, task);
        if (model.isPresent()) {
            answerWithModel(agent, task, model.get());
            return;
        }
        List<String> facts = new ArrayList<>();
        List<Part> parts = task.message().parts() == null ? List.of() : task.message().parts();
        for (Part part : parts) {
            if (!Part.FILE.equals(part.kind()) || part.file() == null) {
                continue;
            }
            if (part.file().bytes() == null) {
                facts.add((part.file().name() == null ? "An image" : part.file().name())
                        + " was sent by reference (" + part.file().uri() + "); I read images sent inline only.");
                continue;
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(part.file().bytes());
            } catch (IllegalArgumentException e) {
                task.fail("The file part " + (part.file().name() == null ? "" : part.file().name() + " ")
                        + "is not valid base64");
                return;
            }
            ImageFacts image = ImageFacts.of(part.file().name(), bytes);
            facts.add(image == null ? (part.file().name() == null ? "A file" : part.file().name())
                    + " is not an image I can read (" + part.file().mimeType() + ", " + bytes.length + " bytes)."
                    : image.describe());
        }
        if (facts.isEmpty()) {
            task.complete(Modes.tagged("Send me an image as an A2A file part (inline base64; PNG, JPEG, GIF or BMP) "
                    + "and I report its format, size and colours. " + NEEDS_MODEL, Modes.DETERMINISTIC));
            return;
        }
        task.complete(Modes.tagged(String.join("\n", facts) + "\n" + NEEDS_MODEL, Modes.DETERMINISTIC));
    }

    /** Text and inline images, as one multimodal user message to the model. */
    private void answerWithModel(AgentView agent, TaskContext task, io.switchboard.agents.model.ModelSession model) {
        List<dev.langchain4j.data.message.Content> contents = new ArrayList<>();
        String text = task.message().joinedText();
        contents.add(dev.langchain4j.data.message.TextContent.from(text == null || text.isBlank()
                ? "Describe this image." : text));
        for (Part part : task.message().parts() == null ? List.<Part>of() : task.message().parts()) {
            if (Part.FILE.equals(part.kind()) && part.file() != null && part.file().bytes() != null) {
                String type = part.file().mimeType() == null ? "image/png" : part.file().mimeType();
                contents.add(dev.langchain4j.data.message.ImageContent.from(part.file().bytes(), type));
            }
        }
        answers.answerDirect(agent, task, model, io.switchboard.agents.specialist.ModelAnswers.systemPrompt(agent,
                PROMPT), dev.langchain4j.data.message.UserMessage.from(contents));
    }
}
