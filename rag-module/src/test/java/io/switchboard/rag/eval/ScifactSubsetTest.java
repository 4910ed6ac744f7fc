package io.switchboard.rag.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.rag.chunk.ChunkingPolicy;
import io.switchboard.rag.retrieval.SearchMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A CI-sized SciFact run: the first 40 test queries over their relevant abstracts plus the first 160 of the
 * corpus as distractors. Floors sit well below what a working retriever scores here (see the README), high
 * above what a broken one does (a random ranking scores about 0.02).
 */
class ScifactSubsetTest {

    @Test
    void everyModeRetrievesTheRelevantAbstracts() {
        Scifact scifact = Scifact.load();
        Map<String, String> queries = scifact.testQueries().entrySet().stream().limit(40)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        Set<String> relevant = queries.keySet().stream().flatMap(q -> scifact.qrels().get(q).keySet().stream())
                .collect(Collectors.toSet());
        List<Scifact.Doc> documents = scifact.corpus().stream().filter(d -> relevant.contains(d.id())).collect(
                Collectors.toList());
        scifact.corpus().stream().filter(d -> !relevant.contains(d.id())).limit(160).forEach(documents::add);

        ScifactEvaluation.Result result = ScifactEvaluation.run(documents, queries, scifact.qrels(), ChunkingPolicy.MINILM);
        result.index().close();
        System.out.println("[scifact-subset] " + result.documents() + " documents, " + result.chunks() + " chunks: "
                + result.scores());

        assertThat(result.chunks()).isGreaterThan(result.documents());
        assertThat(result.scores().get(SearchMode.KEYWORD).ndcgAt10()).isGreaterThan(0.6);
        assertThat(result.scores().get(SearchMode.VECTOR).ndcgAt10()).isGreaterThan(0.6);
        assertThat(result.scores().get(SearchMode.HYBRID).ndcgAt10()).isGreaterThan(0.65);
        assertThat(result.scores().get(SearchMode.HYBRID).recallAt100()).isGreaterThan(0.9);
    }
}
