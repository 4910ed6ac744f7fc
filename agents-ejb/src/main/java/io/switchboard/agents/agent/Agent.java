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
    public static final String KIND_REMOTE = "remote";
    public static final String EXECUTOR_ECHO = "echo";
    public static final String EXECUTOR_REMOTE = "remote";

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

    @Column(name = "card_url")
    private String cardUrl;

    /** The remote agent's card as fetched (JSON). */
    private String card;

    @Column(name = "protocol_version")
    private String protocolVersion;

    @Column(name = "credentials_sealed")
    private String credentialsSealed;

    private String health;

    @Column(name = "health_detail")
    private String healthDetail;

    @Column(name = "health_checked_at")
    private OffsetDateTime healthCheckedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_tools", joinColumns = @JoinColumn(name = "agent_id"))
    @OrderColumn(name = "position")
    @Column(name = "tool_name")
    private List<String> tools = new ArrayList<>();

    /** JSON array of the agent's skills (see AgentSkills). */
    private String skills;

    @Column(name = "system_prompt")
    private String systemPrompt;

    /** JSON, without the API key (see AgentDefinitionJson). */
    @Column(name = "model_settings")
    private String modelSettings;

    @Column(name = "model_api_key_sealed")
    private String modelApiKeySealed;

    /** JSON array of collection names or ids. */
    private String collections;

    @Column(name = "memory_settings")
    private String memorySettings;

    @Column(name = "agent_limits")
    private String agentLimits;

    @Column(name = "current_version")
    private int currentVersion = 1;

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
        agent.health = io.switchboard.api.agent.AgentHealth.ACTIVE;
        agent.createdAt = now.atOffset(ZoneOffset.UTC);
        agent.updatedAt = agent.createdAt;
        return agent;
    }

    /** A remote agent, described by its card and reached at its own endpoint. */
    public static Agent remote(String name, String description, String endpointUrl, String cardUrl, String cardJson,
                               String protocolVersion, Instant now) {
        Agent agent = local(name, description, List.of(), EXECUTOR_REMOTE, now);
        agent.kind = KIND_REMOTE;
        agent.endpointUrl = endpointUrl;
        agent.cardUrl = cardUrl;
        agent.card = cardJson;
        agent.protocolVersion = protocolVersion;
        agent.health = io.switchboard.api.agent.AgentHealth.ACTIVE;
        agent.healthCheckedAt = agent.createdAt;
        return agent;
    }

    void sealCredentials(String sealed) {
        this.credentialsSealed = sealed;
    }

    void recordHealth(String newHealth, String detail, Instant now) {
        this.health = newHealth;
        this.healthDetail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.healthCheckedAt = now.atOffset(ZoneOffset.UTC);
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

    public List<io.switchboard.api.agent.AgentSkill> getSkills() {
        return AgentSkills.read(skills);
    }

    void describeSkills(List<io.switchboard.api.agent.AgentSkill> newSkills) {
        this.skills = AgentSkills.write(newSkills);
    }

    /** The agent's definition as a version pins it. */
    AgentDefinition definition() {
        return new AgentDefinition(name, description, executor, status, getSkills(), systemPrompt,
                AgentDefinitionJson.model(modelSettings), modelApiKeySealed, getTools(),
                AgentDefinitionJson.strings(collections), AgentDefinitionJson.memory(memorySettings),
                AgentDefinitionJson.limits(agentLimits));
    }

    /** Makes the definition current, as the next version. */
    void define(AgentDefinition d, Instant now) {
        this.name = d.name();
        this.nameKey = nameKey(d.name());
        this.description = d.description();
        this.executor = d.executor();
        this.status = d.status();
        this.skills = AgentSkills.write(d.skills());
        this.systemPrompt = d.systemPrompt();
        this.modelSettings = AgentDefinitionJson.model(d.model());
        this.modelApiKeySealed = d.modelApiKeySealed();
        this.tools = new ArrayList<>(d.tools());
        this.collections = AgentDefinitionJson.strings(d.collections());
        this.memorySettings = AgentDefinitionJson.memory(d.memory());
        this.agentLimits = AgentDefinitionJson.limits(d.limits());
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    int nextVersion() {
        return ++currentVersion;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public boolean isRemote() {
        return KIND_REMOTE.equals(kind);
    }

    public String getCardUrl() {
        return cardUrl;
    }

    public String getCard() {
        return card;
    }

    public String getProtocolVersion() {
        return protocolVersion;
    }

    String getCredentialsSealed() {
        return credentialsSealed;
    }

    public String getHealth() {
        return health == null ? io.switchboard.api.agent.AgentHealth.ACTIVE : health;
    }

    public String getHealthDetail() {
        return healthDetail;
    }

    public Instant getCreatedAt() {
        return createdAt == null ? null : createdAt.toInstant();
    }

    public Instant getUpdatedAt() {
        return updatedAt == null ? null : updatedAt.toInstant();
    }
}
