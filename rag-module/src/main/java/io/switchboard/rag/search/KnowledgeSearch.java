package io.switchboard.rag.search;

import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.switchboard.api.knowledge.AnswerResult;
import io.switchboard.api.knowledge.Passage;
import io.switchboard.api.knowledge.QueryRequest;
import io.switchboard.api.knowledge.QueryResult;
import io.switchboard.api.problem.ErrorKind;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.rag.index.PassageHit;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.switchboard.rag.embed.EmbeddingModels;
import io.switchboard.rag.knowledge.CollectionEmbeddings;
import io.switchboard.rag.knowledge.CollectionRecord;
import io.switchboard.rag.knowledge.CollectionService;
import io.switchboard.rag.retrieval.EmbeddingUnavailableException;
import io.switchboard.rag.retrieval.Retriever;
import io.switchboard.rag.retrieval.SearchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Queries and answers over one collection. */
@ApplicationScoped
public class KnowledgeSearch {

    /** How many more passages are fetched when a filter will drop some. */
    static final int FILTER_DEPTH_FACTOR = 10;
    static final int ANSWER_PASSAGES = 5;
    static final int ANSWER_SENTENCES = 3;

    @Inject
    CollectionIndexes indexes;

    @Inject
    CollectionService collections;

    @Inject
    CollectionEmbeddings embeddings;

    @WithSpan("knowledge.query")
    public QueryResult query(@SpanAttribute("switchboard.collection.id") String collectionId, QueryRequest request) {
        List<PassageHit> hits = search(collectionId, request, request.kOrDefault());
        return new QueryResult(collectionId, request.query(), request.modeOrDefault(),
                hits.stream().map(KnowledgeSearch::toPassage).toList());
    }

    /** An extractive answer with its citations (the platform's GroundedAnswers has a model rewrite it). */
    @WithSpan("knowledge.answer")
    public AnswerResult answer(@SpanAttribute("switchboard.collection.id") String collectionId, QueryRequest request) {
        int k = request.k() == null ? ANSWER_PASSAGES : request.k();
        List<PassageHit> hits = search(collectionId, request, k);
        ExtractiveAnswers.Answer answer = new ExtractiveAnswers(ANSWER_SENTENCES).answer(request.query(), hits);
        return new AnswerResult(collectionId, request.query(), answer.text(), "extractive", null, null,
                answer.citations().stream().map(KnowledgeSearch::toPassage).toList());
    }

    private List<PassageHit> search(String collectionId, QueryRequest request, int k) {
        try {
            return search(collections.record(collectionId), request, k); // 404 for an unknown collection
        } catch (CollectionIndexes.StaleGenerationException | org.apache.lucene.store.AlreadyClosedException e) {
            // it switched embedding models just now (and its old index was closed): search the new generation
            return search(collections.record(collectionId), request, k);
        }
    }

    private List<PassageHit> search(CollectionRecord collection, QueryRequest request, int k) {
        SearchMode mode = SearchMode.valueOf(request.modeOrDefault().toUpperCase(Locale.ROOT));
        EmbeddingModel model = mode == SearchMode.KEYWORD ? null : model(collection);
        Retriever retriever = new Retriever(indexes.of(collection.id(), collection.embeddingGeneration()), model);
        List<String> only = request.filter() == null || request.filter().documentIds() == null
                ? List.of() : request.filter().documentIds();
        try {
            if (only.isEmpty()) {
                return retriever.search(request.query(), k, mode);
            }
            Set<String> allowed = Set.copyOf(only);
            List<PassageHit> hits = retriever.search(request.query(), Math.min(k * FILTER_DEPTH_FACTOR, 1000), mode);
            return hits.stream().filter(hit -> allowed.contains(hit.documentId())).limit(k).toList();
        } catch (EmbeddingUnavailableException e) {
            throw unavailable(collection, EmbeddingModels.describeFailure(embeddings.spec(collection.id(),
                    collection.embedding()), e.getCause()));
        }
    }

    /** The collection's embedding model, or 503 when it cannot be set up (e.g. its key does not open). */
    private EmbeddingModel model(CollectionRecord collection) {
        try {
            return embeddings.model(collection);
        } catch (RuntimeException e) {
            throw unavailable(collection, "The embedding model " + collection.embedding().describe()
                    + " cannot be set up: " + (e.getMessage() == null ? "no reason given" : e.getMessage()));
        }
    }

    private static PlatformException unavailable(CollectionRecord collection, String reason) {
        return new PlatformException(ErrorKind.UNAVAILABLE, "embedding-model-unavailable", "The query could not be "
                + "embedded for collection " + collection.name() + ": " + reason + ". Keyword mode does not need "
                + "the model.");
    }

    static Passage toPassage(PassageHit hit) {
        return new Passage(hit.documentId(), hit.documentName(), hit.chunkIndex(), hit.start(), hit.end(), hit.text(),
                hit.score());
    }
}
