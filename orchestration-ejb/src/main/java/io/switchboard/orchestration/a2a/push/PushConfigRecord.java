package io.switchboard.orchestration.a2a.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A push configuration as stored, with its secrets sealed. */
@Entity
@Table(name = "a2a_push_configs")
@IdClass(PushConfigRecord.Key.class)
@NamedQuery(name = PushConfigRecord.FOR_TASK, query = "SELECT p FROM PushConfigRecord p WHERE p.taskId = :task "
        + "ORDER BY p.createdAt, p.configId")
public class PushConfigRecord {

    static final String FOR_TASK = "PushConfigRecord.forTask";

    @Id
    @Column(name = "task_id")
    private String taskId;

    @Id
    @Column(name = "config_id")
    private String configId;

    private String url;

    @Column(name = "token_sealed")
    private String tokenSealed;

    @Column(name = "auth_scheme")
    private String authScheme;

    @Column(name = "credentials_sealed")
    private String credentialsSealed;

    @Column(name = "protocol_version")
    private String protocolVersion;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected PushConfigRecord() {
    }

    PushConfigRecord(String taskId, String configId, Instant now) {
        this.taskId = taskId;
        this.configId = configId;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    void write(String newUrl, String sealedToken, String scheme, String sealedCredentials, String version) {
        this.url = newUrl;
        this.tokenSealed = sealedToken;
        this.authScheme = scheme;
        this.credentialsSealed = sealedCredentials;
        this.protocolVersion = version;
    }

    String getTaskId() {
        return taskId;
    }

    String getConfigId() {
        return configId;
    }

    String getUrl() {
        return url;
    }

    String getTokenSealed() {
        return tokenSealed;
    }

    String getAuthScheme() {
        return authScheme;
    }

    String getCredentialsSealed() {
        return credentialsSealed;
    }

    String getProtocolVersion() {
        return protocolVersion;
    }

    /** The composite key (task, config). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        private String taskId;
        private String configId;

        public Key() {
        }

        public Key(String taskId, String configId) {
            this.taskId = taskId;
            this.configId = configId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.taskId.equals(taskId) && key.configId.equals(configId);
        }

        @Override
        public int hashCode() {
            return taskId.hashCode() * 31 + configId.hashCode();
        }
    }
}
