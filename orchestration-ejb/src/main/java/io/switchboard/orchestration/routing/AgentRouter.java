package io.switchboard.orchestration.routing;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.api.agent.AgentHealth;
import io.switchboard.api.agent.AgentStatus;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.rag.embed.MiniLmEmbeddings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The orchestrator's routing without a language model: among the active agents that are not offline (built-in
 * ones only by the skills they declare, so the echo test agent is never chosen), the one whose skills are most
 * similar to the request (all-MiniLM-L6-v2 in process), else {@code switchboard.routing.fallback-agent}.
 */
@ApplicationScoped
public class AgentRouter {

    @Inject
    AgentRegistry agents;

    /** Below this cosine similarity no skill matches and the fallback agent answers (chosen by RoutingThresholdBench). */
    public static final String DEFAULT_THRESHOLD = "0.15";

    @Inject
    @ConfigProperty(name = "switchboard.routing.threshold", defaultValue = DEFAULT_THRESHOLD)
    double threshold;

    @Inject
    @ConfigProperty(name = "switchboard.routing.fallback-agent", defaultValue = "general")
    String fallbackAgent;

    @Inject
    io.switchboard.agents.model.ModelSessions models;

    private SimilarityRouter router;

    @PostConstruct
    void init() {
        router = new SimilarityRouter(AgentRouter::embed, threshold);
    }

    public RoutingDecision route(String request) {
        return route(request, null, null);
    }

    /**
     * With the platform default model: the model's classification among the candidate agents; when it is not
     * usable (call failed, invalid answer, budget spent) similarity routing decides and its reason says why.
     * Without a model: similarity routing. The model call is metered as the orchestrator's, for the task.
     */
    public RoutingDecision route(String request, String taskId, String sessionId) {
        List<AgentView> all = agents.list();
        List<RoutingProfile> profiles = profiles(all);
        var spec = models.platformDefault();
        if (spec.isEmpty() || profiles.isEmpty()) {
            return router.route(request, profiles, this::fallback);
        }
        java.util.Set<String> ids = profiles.stream().map(RoutingProfile::agentId).collect(java.util.stream.Collectors.toSet());
        List<AgentView> candidates = all.stream().filter(a -> ids.contains(a.id())).toList();
        ModelRouter.Outcome outcome = ModelRouter.route(request, candidates, models.open(spec.get(), null, ORCHESTRATOR,
                taskId, sessionId, null));
        if (outcome.agent().isPresent()) {
            return new RoutingDecision(outcome.agent().get().id(), outcome.routing(), outcome.steps());
        }
        RoutingDecision similar = router.route(request, profiles, this::fallback);
        io.switchboard.api.task.Routing r = similar.routing();
        return new RoutingDecision(similar.agentId(), new io.switchboard.api.task.Routing(r.agent(), r.mode(), r.score(),
                r.reason() + " (model routing not used: " + outcome.problem() + ")"));
    }

    /** The name model calls for routing are recorded under. */
    public static final String ORCHESTRATOR = "orchestrator";

    private RoutingProfile fallback() {
        try {
            return RoutingProfile.of(agents.findActive(fallbackAgent));
        } catch (PlatformException e) {
            throw PlatformException.conflict("no-agent-fits", "No agent's skills fit the request, and the fallback agent '"
                    + fallbackAgent + "' cannot answer it: " + e.getMessage() + ". Name an agent, or enable the "
                    + "fallback agent (switchboard.routing.fallback-agent).");
        }
    }

    /** The profiles of the agents requests may be routed to. */
    public static List<RoutingProfile> profiles(List<AgentView> agents) {
        return agents.stream()
                .filter(a -> AgentStatus.ACTIVE.equals(a.status()) && !AgentHealth.OFFLINE.equals(a.health()))
                .filter(a -> !a.builtIn() || !a.skills().isEmpty())
                .map(RoutingProfile::of).filter(p -> !p.texts().isEmpty())
                .toList();
    }

    /** Embeddings of the texts with the in-process model. */
    public static List<float[]> embed(List<String> texts) {
        List<Embedding> embeddings = MiniLmEmbeddings.model()
                .embedAll(texts.stream().map(TextSegment::from).toList()).content();
        return embeddings.stream().map(Embedding::vector).toList();
    }
}
