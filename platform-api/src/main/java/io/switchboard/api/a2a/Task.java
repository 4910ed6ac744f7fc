package io.switchboard.api.a2a;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A stateful unit of work an agent performs. */
public record Task(
        String id,
        String contextId,
        TaskStatus status,
        List<Artifact> artifacts,
        List<Message> history,
        Map<String, Object> metadata,
        String kind) {

    public static final String KIND = "task";

    /** The text of every artifact's text parts, joined by newlines; empty when there is none. */
    public String artifactText() {
        return artifacts == null ? "" : artifacts.stream()
                .flatMap(a -> a.parts() == null ? java.util.stream.Stream.empty() : a.parts().stream())
                .filter(Part::holdsText).map(Part::text).collect(Collectors.joining("\n"));
    }
}
