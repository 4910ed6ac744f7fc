package io.switchboard.orchestration.task;

import io.switchboard.api.task.TaskStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A task as the orchestrator records it. Stays inside the orchestration module. */
@Entity
@Table(name = "tasks")
@jakarta.persistence.NamedQuery(name = TaskRecord.SUB_TASKS,
        query = "SELECT t FROM TaskRecord t WHERE t.parentTaskId = :parent ORDER BY t.createdAt, t.id")
public class TaskRecord {

    static final String SUB_TASKS = "TaskRecord.subTasks";

    @Id
    private String id;

    @Column(name = "agent_id")
    private String agentId;

    @Column(name = "agent_name")
    private String agentName;

    @Column(name = "session_id")
    private String sessionId;

    private String input;

    /** JSON object text. */
    private String metadata;

    private String status;

    private String output;

    private String error;

    @Column(name = "remote_task_id")
    private String remoteTaskId;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "duration_ms")
    private Long durationMs;

    @Column(name = "routing_mode")
    private String routingMode;

    @Column(name = "routing_score")
    private Double routingScore;

    @Column(name = "routing_reason")
    private String routingReason;

    @Column(name = "parent_task_id")
    private String parentTaskId;

    protected TaskRecord() {
    }

    void partOf(String parent) {
        this.parentTaskId = parent;
    }

    public String getParentTaskId() {
        return parentTaskId;
    }

    static TaskRecord working(String id, String agentId, String agentName, String sessionId, String input,
                              String metadataJson, String requestedBy, Instant now) {
        TaskRecord task = new TaskRecord();
        task.id = id == null ? io.switchboard.core.id.TimeOrderedIds.next() : id;
        task.agentId = agentId;
        task.agentName = agentName;
        task.sessionId = sessionId;
        task.input = input;
        task.metadata = metadataJson;
        task.status = TaskStatus.WORKING;
        task.requestedBy = requestedBy;
        task.createdAt = now.atOffset(ZoneOffset.UTC);
        return task;
    }

    void routed(io.switchboard.api.task.Routing routing) {
        this.routingMode = routing.mode();
        this.routingScore = routing.score();
        String reason = routing.reason();
        this.routingReason = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 997) + "...";
    }

    /** How the agent was chosen; null for tasks recorded before routing was kept. */
    public io.switchboard.api.task.Routing getRouting() {
        return routingMode == null ? null
                : new io.switchboard.api.task.Routing(agentName, routingMode, routingScore, routingReason);
    }

    void finish(String finalStatus, String output, String error, String remoteTaskId, Instant now, long durationMs) {
        this.status = finalStatus;
        this.output = output;
        this.error = error;
        this.remoteTaskId = remoteTaskId;
        this.completedAt = now.atOffset(ZoneOffset.UTC);
        this.durationMs = durationMs;
    }

    public String getId() {
        return id;
    }

    public String getAgentId() {
        return agentId;
    }

    public String getAgentName() {
        return agentName;
    }

    public String getSessionId() {
        return sessionId;
    }

    public String getInput() {
        return input;
    }

    public String getMetadata() {
        return metadata;
    }

    public String getStatus() {
        return status;
    }

    public String getOutput() {
        return output;
    }

    public String getError() {
        return error;
    }

    public String getRemoteTaskId() {
        return remoteTaskId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getCreatedAt() {
        return createdAt == null ? null : createdAt.toInstant();
    }

    public Instant getCompletedAt() {
        return completedAt == null ? null : completedAt.toInstant();
    }

    public Long getDurationMs() {
        return durationMs;
    }
}
