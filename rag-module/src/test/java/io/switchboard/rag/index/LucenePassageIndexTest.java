package io.switchboard.rag.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LucenePassageIndexTest {

    @Test
    void keywordSearchRanksByBm25WithStemming() {
        try (LucenePassageIndex index = LucenePassageIndex.inMemory()) {
            index.add(List.of(passage("a", 0, "The cat sat on the mat.", 1, 0),
                    passage("b", 0, "Dogs are running in the park; a running dog barks.", 0, 1),
                    passage("c", 0, "Nothing relevant here.", 0.5f, 0.5f)));
            List<PassageHit> hits = index.keyword("dog runs", 10);
            assertThat(hits).extracting(PassageHit::documentId).containsExactly("b");
            assertThat(hits.get(0).text()).isEqualTo("Dogs are running in the park; a running dog barks.");
            assertThat(index.keyword("the of and", 10)).as("only stop words").isEmpty();
        }
    }

    @Test
    void vectorSearchFindsTheNearestPassages() {
        try (LucenePassageIndex index = LucenePassageIndex.inMemory()) {
            index.add(List.of(passage("a", 0, "east", 1, 0), passage("b", 0, "north", 0, 1),
                    passage("c", 0, "north-east", 0.7f, 0.7f)));
            assertThat(index.vector(new float[] {0.1f, 1f}, 2)).extracting(PassageHit::documentId).containsExactly("b", "c");
        }
    }

    @Test
    void hybridSearchFusesBothRankingsLikeTheGenericFusion() {
        try (LucenePassageIndex index = LucenePassageIndex.inMemory()) {
            index.add(List.of(passage("a", 0, "red apples and green pears", 1, 0),
                    passage("b", 0, "green tea", 0.9f, 0.1f), passage("c", 0, "blue sky", 0, 1),
                    passage("d", 0, "apples", 0.1f, 0.9f)));
            float[] query = {1, 0.05f};
            List<PassageHit> fusedByLucene = index.hybrid("apples", query, 3, 10);
            List<PassageHit> generic = new ReciprocalRankFusion(60)
                    .fuse(3, index.keyword("apples", 10), index.vector(query, 10));
            assertThat(fusedByLucene).extracting(PassageHit::id).containsExactlyElementsOf(
                    generic.stream().map(PassageHit::id).toList());
            assertThat(fusedByLucene).extracting(PassageHit::documentId).containsExactly("a", "d", "b");
            assertThat(fusedByLucene.get(0).score()).isEqualTo(generic.get(0).score());
        }
    }

    @Test
    void addingADocumentAgainReplacesItsPassagesAndDeleteRemovesThem() {
        try (LucenePassageIndex index = LucenePassageIndex.inMemory()) {
            index.add(List.of(passage("a", 0, "old first", 1, 0), passage("a", 1, "old second", 1, 0),
                    passage("b", 0, "other", 0, 1)));
            assertThat(index.size()).isEqualTo(3);
            index.add(List.of(passage("a", 0, "new only", 1, 0)));
            assertThat(index.size()).isEqualTo(2);
            assertThat(index.keyword("old", 10)).isEmpty();
            assertThat(index.keyword("new", 10)).extracting(PassageHit::chunkIndex).containsExactly(0);
            index.deleteDocument("a");
            assertThat(index.size()).isEqualTo(1);
        }
    }

    @Test
    void aCommittedIndexSurvivesReopening(@TempDir Path directory) {
        try (LucenePassageIndex index = LucenePassageIndex.open(directory)) {
            index.add(List.of(passage("a", 3, "persistent words", 1, 0)));
            index.commit();
        }
        try (LucenePassageIndex index = LucenePassageIndex.open(directory)) {
            PassageHit hit = index.keyword("persistent", 1).get(0);
            assertThat(hit.id()).isEqualTo("a#3");
            assertThat(hit.documentName()).isEqualTo("a.txt");
            assertThat(hit.start()).isEqualTo(30);
            assertThat(hit.end()).isEqualTo(30 + "persistent words".length());
        }
    }

    private static Passage passage(String document, int chunk, String text, float x, float y) {
        return new Passage(document, document + ".txt", chunk, chunk * 10, chunk * 10 + text.length(), text, text,
                new float[] {x, y});
    }
}
