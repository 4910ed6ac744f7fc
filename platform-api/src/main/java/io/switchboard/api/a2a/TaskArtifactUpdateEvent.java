package io.switchboard.api.a2a;

import java.util.Map;

/** A new artifact, or a chunk appended to one, sent while streaming. */
public record TaskArtifactUpdateEvent(
        String taskId,
        String contextId,
        Artifact artifact,
        Boolean append,
        Boolean lastChunk,
        Map<String, Object> metadata,
        String kind) {

    public static final String KIND = "artifact-update";

    public static TaskArtifactUpdateEvent of(String taskId, String contextId, Artifact artifact, boolean append,
                                             boolean lastChunk) {
        return new TaskArtifactUpdateEvent(taskId, contextId, artifact, append, lastChunk, null, KIND);
    }
}
