package io.switchboard.rag.eval;

import io.switchboard.rag.chunk.ChunkingPolicy;
import io.switchboard.rag.chunk.StructureAwareChunker;
import io.switchboard.rag.embed.MiniLmEmbeddings;
import io.switchboard.rag.index.LucenePassageIndex;
import io.switchboard.rag.index.PassageHit;
import io.switchboard.rag.ingest.DocumentIndexer;
import io.switchboard.rag.parse.DocumentFormat;
import io.switchboard.rag.parse.DocumentParser;
import io.switchboard.rag.retrieval.Retriever;
import io.switchboard.rag.retrieval.SearchMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Indexes SciFact documents with the production parser, chunker, embedding model and Lucene index, runs the
 * test queries in each mode, and scores whole documents (a document ranks where its best chunk ranks).
 * The caller closes the index of the result.
 */
final class ScifactEvaluation {

    /** Passages fetched per query so that at least 100 distinct documents remain after grouping. */
    private static final int PASSAGE_DEPTH = 300;

    record Scores(double ndcgAt10, double recallAt100) {
    }

    record Result(int documents, int chunks, double indexSeconds, Map<SearchMode, Scores> scores,
                  LucenePassageIndex index) {
    }

    static Result run(List<Scifact.Doc> documents, Map<String, String> queries,
                      Map<String, Map<String, Integer>> qrels, ChunkingPolicy policy) {
        DocumentParser parser = new DocumentParser();
        DocumentIndexer indexer = new DocumentIndexer(new StructureAwareChunker(MiniLmEmbeddings.tokenCounter()),
                MiniLmEmbeddings.model());
        LucenePassageIndex index = LucenePassageIndex.inMemory();
        {
            long started = System.nanoTime();
            int chunks = 0;
            for (Scifact.Doc doc : documents) {
                String text = parser.parse(DocumentFormat.TEXT, doc.text().isBlank()
                        ? doc.title().getBytes(StandardCharsets.UTF_8) : doc.text().getBytes(StandardCharsets.UTF_8));
                var passages = indexer.passages(doc.id(), doc.title(), indexer.chunk(text, doc.title(), policy));
                index.add(passages);
                chunks += passages.size();
            }
            double indexSeconds = (System.nanoTime() - started) / 1e9;
            Retriever retriever = new Retriever(index, MiniLmEmbeddings.model());
            Map<SearchMode, Scores> scores = new EnumMap<>(SearchMode.class);
            for (SearchMode mode : SearchMode.values()) {
                double ndcg = 0;
                double recall = 0;
                for (Map.Entry<String, String> query : queries.entrySet()) {
                    List<String> ranked = documentsOf(retriever.search(query.getValue(), PASSAGE_DEPTH, mode));
                    Map<String, Integer> relevant = qrels.get(query.getKey());
                    ndcg += RankingMetrics.ndcgAt(10, ranked, relevant);
                    recall += RankingMetrics.recallAt(100, ranked, relevant);
                }
                scores.put(mode, new Scores(ndcg / queries.size(), recall / queries.size()));
            }
            return new Result(documents.size(), chunks, indexSeconds, scores, index);
        }
    }

    private static List<String> documentsOf(List<PassageHit> passages) {
        LinkedHashSet<String> documents = new LinkedHashSet<>();
        for (PassageHit passage : passages) {
            documents.add(passage.documentId());
        }
        return new ArrayList<>(documents);
    }
}
