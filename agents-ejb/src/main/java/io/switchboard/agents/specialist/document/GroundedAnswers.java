package io.switchboard.agents.specialist.document;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.agents.model.ModelSession;
import io.switchboard.agents.model.ModelSessions;
import io.switchboard.api.agent.AgentStatus;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.knowledge.AnswerResult;
import io.switchboard.api.knowledge.QueryRequest;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.rag.search.KnowledgeSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code POST /api/collections/{id}/answer}: the collection's cited passages, and an answer written from them by
 * the document agent's model (its own settings, else the platform default) when there is one, with the same
 * system prompt the document agent uses. Without a model, or when the model call fails, the answer is the
 * extractive one (the failure is given as {@code fallbackReason}); the citations are the same either way.
 */
@ApplicationScoped
public class GroundedAnswers {

    private static final Logger LOG = Logger.getLogger(GroundedAnswers.class.getName());

    @Inject
    KnowledgeSearch search;

    @Inject
    AgentRegistry registry;

    @Inject
    ModelSessions models;

    public AnswerResult answer(String collectionId, QueryRequest request) {
        AnswerResult extractive = search.answer(collectionId, request);
        if (extractive.citations().isEmpty()) {
            return extractive;
        }
        Optional<ModelSession> model;
        try {
            model = model();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Answer from collection " + collectionId + " is extractive: the model cannot be set up: "
                    + e.getMessage());
            return extractive.fallenBack("The model cannot be set up: " + (e.getMessage() == null ? "no reason given"
                    : e.getMessage()));
        }
        if (model.isEmpty()) {
            return extractive;
        }
        ModelSession session = model.get();
        try {
            String text = session.chat().chat(SystemMessage.from(DocumentSpecialist.PROMPT),
                    UserMessage.from(DocumentSpecialist.grounded(request.query(), extractive))).aiMessage().text();
            if (text == null || text.isBlank()) {
                return extractive.fallenBack(session.spec().describe() + " returned an empty answer");
            }
            return extractive.written(text.strip(), session.spec().describe());
        } catch (RuntimeException e) {
            String reason = session.describeFailure(e);
            LOG.warning(() -> "Answer from collection " + collectionId + " is extractive: " + reason);
            return extractive.fallenBack(reason);
        }
    }

    /** The document agent's model when that agent is active and has one, else the platform default, if any. */
    private Optional<ModelSession> model() {
        Optional<AgentView> agent = documentAgent();
        if (agent.isPresent()) {
            return models.open(agent.get(), null, null);
        }
        return models.platformDefault().map(spec -> models.open(spec, null, DocumentSpecialist.NAME, null, null, null));
    }

    private Optional<AgentView> documentAgent() {
        try {
            AgentView agent = registry.find(DocumentSpecialist.NAME);
            return AgentStatus.ACTIVE.equals(agent.status()) ? Optional.of(agent) : Optional.empty();
        } catch (PlatformException e) {
            return Optional.empty(); // deleted or renamed: the platform default answers
        }
    }
}
