package io.switchboard.rag.search;

import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.switchboard.api.knowledge.AnswerResult;
import io.switchboard.api.knowledge.Passage;
import io.switchboard.api.knowledge.QueryRequest;
import io.switchboard.api.knowledge.QueryResult;
import io.switchboard.rag.embed.MiniLmEmbeddings;
import io.switchboard.rag.index.PassageHit;
import io.switchboard.rag.knowledge.CollectionService;
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

    @WithSpan("knowledge.query")
    public QueryResult query(@SpanAttribute("switchboard.collection.id") String collectionId, QueryRequest request) {
        List<PassageHit> hits = search(collectionId, request, request.kOrDefault());
        return new QueryResult(collectionId, request.query(), request.modeOrDefault(),
                hits.stream().map(KnowledgeSearch::toPassage).toList());
    }

    /** An extractive answer (no language model is configured for collections yet) with its citations. */
    @WithSpan("knowledge.answer")
    public AnswerResult answer(@SpanAttribute("switchboard.collection.id") String collectionId, QueryRequest request) {
        int k = request.k() == null ? ANSWER_PASSAGES : request.k();
        List<PassageHit> hits = search(collectionId, request, k);
        ExtractiveAnswers.Answer answer = new ExtractiveAnswers(ANSWER_SENTENCES).answer(request.query(), hits);
        return new AnswerResult(collectionId, request.query(), answer.text(), "extractive",
                answer.citations().stream().map(KnowledgeSearch::toPassage).toList());
    }

    private List<PassageHit> search(String collectionId, QueryRequest request, int k) {
        collections.record(collectionId); // 404 for an unknown collection
        SearchMode mode = SearchMode.valueOf(request.modeOrDefault().toUpperCase(Locale.ROOT));
        Retriever retriever = new Retriever(indexes.of(collectionId), MiniLmEmbeddings.model());
        List<String> only = request.filter() == null || request.filter().documentIds() == null
                ? List.of() : request.filter().documentIds();
        if (only.isEmpty()) {
            return retriever.search(request.query(), k, mode);
        }
        Set<String> allowed = Set.copyOf(only);
        List<PassageHit> hits = retriever.search(request.query(), Math.min(k * FILTER_DEPTH_FACTOR, 1000), mode);
        return hits.stream().filter(hit -> allowed.contains(hit.documentId())).limit(k).toList();
    }

    static Passage toPassage(PassageHit hit) {
        return new Passage(hit.documentId(), hit.documentName(), hit.chunkIndex(), hit.start(), hit.end(), hit.text(),
                hit.score());
    }
}
