package io.switchboard.orchestration.a2a.server;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One A2A task as stored: the task document plus the columns queries filter on. */
@Entity
@Table(name = "a2a_tasks")
public class A2aTaskRecord {

    @Id
    private String id;

    @Column(name = "agent_id")
    private String agentId;

    @Column(name = "context_id")
    private String contextId;

    private String owner;

    private String state;

    private String node;

    /** The A2A task as JSON (0.3 shape). */
    private String task;

    @Column(name = "status_timestamp")
    private OffsetDateTime statusTimestamp;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected A2aTaskRecord() {
    }

    A2aTaskRecord(String id, String agentId, String contextId, String owner, String node, Instant now) {
        this.id = id;
        this.agentId = agentId;
        this.contextId = contextId;
        this.owner = owner;
        this.node = node;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    void write(String newState, String taskJson, Instant statusTime, String runningNode) {
        this.state = newState;
        this.task = taskJson;
        this.statusTimestamp = statusTime.atOffset(ZoneOffset.UTC);
        this.node = runningNode;
    }

    public String getId() {
        return id;
    }

    public String getAgentId() {
        return agentId;
    }

    public String getOwner() {
        return owner;
    }

    public String getState() {
        return state;
    }

    public String getTask() {
        return task;
    }
}
