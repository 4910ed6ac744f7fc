package io.switchboard.agents.agent;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** An agent in the registry. Stays inside the agents module; the API sees {@code AgentView}. */
@Entity
@Table(name = "agents")
@NamedQuery(name = Agent.BY_NAME_KEY, query = "SELECT a FROM Agent a WHERE a.nameKey = :nameKey")
@NamedQuery(name = Agent.ALL, query = "SELECT a FROM Agent a ORDER BY a.nameKey")
@NamedQuery(name = Agent.COUNT_BY_STATUS, query = "SELECT a.status, COUNT(a) FROM Agent a GROUP BY a.status")
public class Agent {

    static final String BY_NAME_KEY = "Agent.byNameKey";
    static final String COUNT_BY_STATUS = "Agent.countByStatus";
    static final String ALL = "Agent.all";

    public static final String KIND_LOCAL = "local";
    public static final String EXECUTOR_ECHO = "echo";

    @Id
    private String id;

    private String name;

    @Column(name = "name_key")
    private String nameKey;

    private String description;

    private String kind;

    private String executor;

    private String status;

    @Column(name = "built_in")
    private boolean builtIn;

    @Column(name = "endpoint_url")
    private String endpointUrl;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_tools", joinColumns = @JoinColumn(name = "agent_id"))
    @OrderColumn(name = "position")
    @Column(name = "tool_name")
    private List<String> tools = new ArrayList<>();

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Agent() {
    }

    /** A new local agent, active, answering through the given executor. */
    public static Agent local(String name, String description, List<String> tools, String executor, Instant now) {
        Agent agent = new Agent();
        agent.id = UUID.randomUUID().toString();
        agent.name = name;
        agent.nameKey = nameKey(name);
        agent.description = description;
        agent.kind = KIND_LOCAL;
        agent.executor = executor;
        agent.status = io.switchboard.api.agent.AgentStatus.ACTIVE;
        agent.tools = new ArrayList<>(tools);
        agent.createdAt = now.atOffset(ZoneOffset.UTC);
        agent.updatedAt = agent.createdAt;
        return agent;
    }

    /** Names are unique regardless of letter case. */
    public static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getKind() {
        return kind;
    }

    public String getExecutor() {
        return executor;
    }

    public String getStatus() {
        return status;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public String getEndpointUrl() {
        return endpointUrl;
    }

    public List<String> getTools() {
        return List.copyOf(tools);
    }

    public Instant getCreatedAt() {
        return createdAt == null ? null : createdAt.toInstant();
    }

    public Instant getUpdatedAt() {
        return updatedAt == null ? null : updatedAt.toInstant();
    }
}
