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
}
