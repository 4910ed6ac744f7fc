package io.switchboard.api.a2a;

import java.util.List;
import java.util.Map;

/** An output an agent produced for a task. */
public record Artifact(String artifactId, String name, String description, List<Part> parts,
                       Map<String, Object> metadata, List<String> extensions) {

    public static Artifact text(String artifactId, String name, String text) {
        return new Artifact(artifactId, name, null, List.of(Part.text(text)), null, null);
    }
}
