package io.switchboard.rag.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.rag.embed.MiniLmEmbeddings;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StructureAwareChunkerTest {

    private static final TokenCounter MINILM = MiniLmEmbeddings.tokenCounter();
    private static final TokenCounter WORDS = text -> text.isBlank() ? 0 : text.strip().split("\\s+").length;

    @Test
    void theTokenizerCountsLongTextsWithoutTruncating() {
        assertThat(MINILM.count("word ".repeat(300))).isEqualTo(300);
        assertThat(MINILM.count("hello")).as("no [CLS]/[SEP] counted").isEqualTo(1);
    }

    @Test
    void chunksAreExactSlicesThatFitTheWindowAndCoverEveryWord() {
        String text = paragraphs(12, 9);
        List<Chunk> chunks = new StructureAwareChunker(MINILM).split(text, "A study of things", ChunkingPolicy.MINILM);

        assertThat(chunks.size()).isGreaterThan(3);
        for (Chunk chunk : chunks) {
            assertThat(chunk.text()).isEqualTo(text.substring(chunk.start(), chunk.end()));
            assertThat(MINILM.count(chunk.contextualText())).isLessThanOrEqualTo(126);
            assertThat(chunk.context()).isEqualTo("A study of things");
        }
        assertThat(chunks).extracting(Chunk::index).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, chunks.size()).boxed().toList());
        assertEveryWordCovered(text, chunks);
    }

    @Test
    void neighboursOverlapByAFewWordsAtMost() {
        String text = paragraphs(1, 40); // one long paragraph
        List<Chunk> chunks = new StructureAwareChunker(WORDS).split(text, "", new ChunkingPolicy(50, 8));
        for (int i = 1; i < chunks.size(); i++) {
            Chunk previous = chunks.get(i - 1);
            Chunk next = chunks.get(i);
            assertThat(next.start()).as("chunk %d starts inside chunk %d", i, i - 1)
                    .isLessThan(previous.end()).isGreaterThan(previous.start());
            assertThat(WORDS.count(text.substring(next.start(), previous.end()))).isBetween(1, 8);
        }
    }

    @Test
    void sectionsAreNeverMixedAndHeadingsBecomeContext() {
        String text = """
                Intro text before any heading.

                # Installation
                Run the installer. It takes a minute.

                ## On Linux
                Use the package manager.

                # Usage
                Call the API.""";
        List<Chunk> chunks = new StructureAwareChunker(MINILM).split(text, "Manual", ChunkingPolicy.MINILM);
        assertThat(chunks).extracting(Chunk::context).containsExactly(
                "Manual", "Manual › Installation", "Manual › Installation › On Linux", "Manual › Usage");
        assertThat(chunks).extracting(Chunk::text).containsExactly("Intro text before any heading.",
                "Run the installer. It takes a minute.", "Use the package manager.", "Call the API.");
    }

    @Test
    void aSentenceLongerThanAChunkIsCutBetweenWordsAndAHugeWordBetweenCharacters() {
        String longSentence = "alpha ".repeat(150).strip();
        String hugeWord = "x".repeat(2000);
        String text = longSentence + ".\n\n" + hugeWord;
        List<Chunk> chunks = new StructureAwareChunker(MINILM).split(text, "", new ChunkingPolicy(40, 0));
        for (Chunk chunk : chunks) {
            assertThat(MINILM.count(chunk.contextualText())).isLessThanOrEqualTo(40);
            assertThat(chunk.text()).isEqualTo(text.substring(chunk.start(), chunk.end()));
        }
        assertThat(chunks.stream().filter(c -> c.text().startsWith("alpha"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(chunks.stream().filter(c -> c.text().startsWith("x")).mapToInt(c -> c.text().length()).sum())
                .isEqualTo(2000);
        assertEveryWordCovered(text, chunks);
    }

    @Test
    void aTitleTooLongForTheWindowIsShortened() {
        String title = "very long title ".repeat(40);
        List<Chunk> chunks = new StructureAwareChunker(MINILM).split("Short body.", title, new ChunkingPolicy(40, 0));
        assertThat(chunks).hasSize(1);
        assertThat(MINILM.count(chunks.get(0).context())).isLessThanOrEqualTo(20);
        assertThat(chunks.get(0).text()).isEqualTo("Short body.");
    }

    @Test
    void policiesAreChecked() {
        assertThatThrownBy(() -> new ChunkingPolicy(8, 0)).hasMessageContaining("at least 16");
        assertThatThrownBy(() -> new ChunkingPolicy(100, 60)).hasMessageContaining("half");
    }

    static String paragraphs(int count, int sentencesEach) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < count; p++) {
            for (int s = 0; s < sentencesEach; s++) {
                text.append("Sentence ").append(s).append(" of paragraph ").append(p)
                        .append(" reports that cells respond to treatment number ").append(p * 31 + s).append(". ");
            }
            text.append("\n\n");
        }
        return text.toString().strip();
    }

    private static void assertEveryWordCovered(String text, List<Chunk> chunks) {
        Matcher word = Pattern.compile("\\S+").matcher(text);
        while (word.find()) {
            int start = word.start();
            int end = word.end();
            assertThat(chunks).as("word at %d: %s", start, word.group())
                    .anySatisfy(c -> assertThat(c.start() <= start && c.end() >= end
                            || c.start() < end && c.end() > start).isTrue());
        }
    }
}
