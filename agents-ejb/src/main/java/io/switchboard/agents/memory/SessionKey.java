package io.switchboard.agents.memory;

/** Whose memory: a session of one user (owner null when the caller is unknown). */
public record SessionKey(String sessionId, String owner) {

    static SessionKey of(Object memoryId) {
        return memoryId instanceof SessionKey key ? key : new SessionKey(memoryId.toString(), null);
    }

    @Override
    public String toString() {
        return (owner == null ? "" : owner + "/") + sessionId;
    }
}
