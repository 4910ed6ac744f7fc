package io.switchboard.orchestration.a2a.push;

/**
 * One webhook for one task: where to POST, the token echoed in {@code X-A2A-Notification-Token}, the
 * {@code Authorization} scheme and credentials, and the protocol version whose payload shape it expects
 * ({@code "0.3"} or {@code "1.0"}).
 */
public record PushConfig(String taskId, String id, String url, String token, String scheme, String credentials,
                         String version) {

    public static final String V0_3 = "0.3";
    public static final String V1_0 = "1.0";

    /** The same configuration without its credentials, as the API shows it. */
    public PushConfig withoutCredentials() {
        return new PushConfig(taskId, id, url, token, scheme, null, version);
    }

    public PushConfig withId(String configId) {
        return new PushConfig(taskId, configId, url, token, scheme, credentials, version);
    }

    public PushConfig forTask(String newTaskId) {
        return new PushConfig(newTaskId, id, url, token, scheme, credentials, version);
    }

    @Override
    public String toString() {
        return "PushConfig[taskId=" + taskId + ", id=" + id + ", url=" + url + ", scheme=" + scheme + ", version="
                + version + "]";
    }
}
