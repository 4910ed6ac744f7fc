package io.switchboard.agents.specialist.document;

import io.switchboard.agents.execution.AgentExecutor;
import io.switchboard.agents.execution.TaskContext;
import io.switchboard.agents.specialist.Modes;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.knowledge.AnswerResult;
import io.switchboard.api.knowledge.Passage;
import io.switchboard.api.knowledge.QueryRequest;
import io.switchboard.api.knowledge.QueryResult;
import io.switchboard.rag.knowledge.CollectionRecord;
import io.switchboard.rag.knowledge.KnowledgeStore;
import io.switchboard.rag.search.KnowledgeSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code document} executor: searches the agent's knowledge collections (every collection when it lists
 * none): the collection whose best passage is most similar to the question (cosine, comparable across
 * collections), then that collection's hybrid retrieval and extractive answer with the cited passages.
 */
@ApplicationScoped
public class DocumentSpecialist implements AgentExecutor {

    public static final String NAME = "document";
    static final int PASSAGES = 3;
    private static final Pattern LEAD_IN = Pattern.compile("(?i)^\\s*(please\\s+)?((find|search|look up|tell me|"
            + "check)\\s+)?((what|where|how)\\s+)?((do|does)\\s+)?((our|the|my)\\s+)?((company|policy|policies|"
            + "employee)\\s+)?(documents?|docs|documentation|knowledge base|knowledge|handbook|policy|policies|files|"
            + "manuals?)\\s*(say|says|said|mention|mentions|describe|describes)?\\s*(about|on|for|regarding)?\\s*[:,]?\\s*");

    @Inject
    KnowledgeStore collections;

    @Inject
    KnowledgeSearch search;

    @Inject
    io.switchboard.agents.model.ModelSessions models;

    @Inject
    io.switchboard.agents.specialist.ModelAnswers answers;

    @Inject
    io.switchboard.core.event.ExecutionLog log;

    static final String PROMPT = "You are Switchboard's document agent. Answer only from the numbered passages you are "
            + "given, citing them as [1], [2] where you use them. If they do not answer the question, say so plainly.";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void execute(AgentView agent, TaskContext task) {
        String question = task.message().joinedText().strip();
        String query = query(question);
        List<CollectionRecord> all = scope(agent, collections.collections());
        if (all.isEmpty()) {
            task.complete(Modes.tagged(agent.collections() == null || agent.collections().isEmpty()
                    ? "There are no knowledge collections yet. Create one with POST /api/collections and upload "
                    + "documents; then I answer from them with citations."
                    : "None of my collections (" + String.join(", ", agent.collections()) + ") exists.",
                    Modes.DETERMINISTIC));
            return;
        }
        task.working("Searching " + all.size() + " knowledge collection(s)");
        CollectionRecord best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (CollectionRecord collection : all) {
            if (all.size() == 1) {
                best = collection;
                break;
            }
            // hybrid scores are rank-fusion scores, alike in every collection; cosine similarities compare
            QueryResult result = search.query(collection.id(), new QueryRequest(query, 1, "vector", null));
            if (!result.passages().isEmpty() && result.passages().get(0).score() > bestScore) {
                bestScore = result.passages().get(0).score();
                best = collection;
            }
        }
        if (best == null) {
            task.complete(Modes.tagged("I found nothing about \"" + query + "\" in the knowledge collections ("
                    + String.join(", ", all.stream().map(CollectionRecord::name).toList()) + ").", Modes.DETERMINISTIC));
            return;
        }
        AnswerResult answer = search.answer(best.id(), new QueryRequest(query, PASSAGES, "hybrid", null));
        log.record(io.switchboard.core.event.ExecutionLog.RETRIEVAL, task.originTaskId(), agent.name(),
                java.util.Map.of("collection", best.name(), "collectionId", best.id(), "mode", "hybrid",
                        "hits", answer.citations().size()));
        if (answer.citations().isEmpty()) {
            task.complete(Modes.tagged("I found nothing about \"" + query + "\" in collection " + best.name() + ".",
                    Modes.DETERMINISTIC));
            return;
        }
        var model = models.open(agent, task);
        if (model.isPresent()) {
            answers.answer(agent, task, model.get(), io.switchboard.agents.specialist.ModelAnswers.systemPrompt(agent,
                    PROMPT), grounded(question, answer), java.util.Map.of(), sources(best.name(), answer));
            return;
        }
        task.complete(Modes.tagged(render(best.name(), answer), Modes.DETERMINISTIC + "; extractive answer"));
    }

    /** The agent's own collections (by name or id) when it lists any, else every collection. */
    static List<CollectionRecord> scope(AgentView agent, List<CollectionRecord> all) {
        List<String> own = agent.collections() == null ? List.of() : agent.collections();
        if (own.isEmpty()) {
            return all;
        }
        return all.stream().filter(c -> own.contains(c.id()) || own.stream().anyMatch(n -> n.equalsIgnoreCase(c.name())))
                .toList();
    }

    /** The search terms of a request: "find what our documents say about the travel policy" → "the travel policy". */
    static String query(String request) {
        String stripped = LEAD_IN.matcher(request).replaceFirst("").replaceAll("[?.!]+$", "").strip();
        return stripped.length() < 3 ? request : stripped;
    }

    /** The question with the retrieved passages, numbered as the sources list numbers them. */
    static String grounded(String question, AnswerResult answer) {
        StringBuilder text = new StringBuilder("Passages:\n");
        int n = 1;
        for (Passage p : answer.citations()) {
            text.append('[').append(n++).append("] (").append(p.documentName()).append(") ")
                    .append(p.text().strip().replaceAll("\\s+", " ")).append("\n");
        }
        return text.append("\nQuestion: ").append(question).toString();
    }

    static String render(String collection, AnswerResult answer) {
        return answer.answer().strip() + "\n\n" + sources(collection, answer);
    }

    static String sources(String collection, AnswerResult answer) {
        StringBuilder text = new StringBuilder();
        text.append("Sources (collection ").append(collection).append("):\n");
        List<Passage> cited = new ArrayList<>(answer.citations());
        cited.sort(Comparator.comparingInt(p -> answer.citations().indexOf(p)));
        int n = 1;
        for (Passage p : cited) {
            text.append('[').append(n++).append("] ").append(p.documentName()).append(", chunk ").append(p.chunkIndex())
                    .append(", characters ").append(p.start()).append('-').append(p.end()).append(": \"")
                    .append(excerpt(p.text())).append("\"\n");
        }
        return text.toString();
    }

    private static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 297) + "...";
    }
}
