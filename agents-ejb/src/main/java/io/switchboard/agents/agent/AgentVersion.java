package io.switchboard.agents.agent;

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
import java.util.Objects;

/** One immutable version of an agent: the change that made it, by whom, and the definition as a snapshot. */
@Entity
@Table(name = "agent_versions")
@IdClass(AgentVersion.Key.class)
@NamedQuery(name = AgentVersion.OF_AGENT, query = "SELECT v FROM AgentVersion v WHERE v.agentId = :agentId ORDER BY v.version")
public class AgentVersion {

    static final String OF_AGENT = "AgentVersion.ofAgent";
    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String ROLLED_BACK = "rolled-back";
    public static final String ENABLED = "enabled";
    public static final String DISABLED = "disabled";

    @Id
    @Column(name = "agent_id")
    private String agentId;

    @Id
    private int version;

    @Column(name = "change_kind")
    private String change;

    @Column(name = "changed_by")
    private String changedBy;

    private String snapshot;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected AgentVersion() {
    }

    AgentVersion(String agentId, int version, String change, String changedBy, String snapshot, Instant at) {
        this.agentId = agentId;
        this.version = version;
        this.change = change;
        this.changedBy = changedBy;
        this.snapshot = snapshot;
        this.createdAt = at.atOffset(ZoneOffset.UTC);
    }

    int getVersion() {
        return version;
    }

    String getChange() {
        return change;
    }

    String getChangedBy() {
        return changedBy;
    }

    String getSnapshot() {
        return snapshot;
    }

    Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    /** The composite key: agent and version number. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String agentId;
        private int version;

        public Key() {
        }

        public Key(String agentId, int version) {
            this.agentId = agentId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.version == version && Objects.equals(k.agentId, agentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agentId, version);
        }
    }
}
