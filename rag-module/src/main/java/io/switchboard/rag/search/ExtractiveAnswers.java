package io.switchboard.rag.search;

import io.switchboard.rag.index.PassageHit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * An answer without a language model: the sentences of the retrieved passages that share the most
 * (stemmed, non-stop) words with the question, each followed by the marker of the passage it comes from.
 */
public final class ExtractiveAnswers {

    /** The answer text and the passages it cites, in marker order ([1] is the first). */
    public record Answer(String text, List<PassageHit> citations) {
    }

    private record Sentence(String text, PassageHit passage, int passageRank, double score) {
    }

    private final int maxSentences;

    public ExtractiveAnswers(int maxSentences) {
        this.maxSentences = maxSentences;
    }

    public Answer answer(String question, List<PassageHit> passages) {
        if (passages.isEmpty()) {
            return new Answer("No passage of this collection matches the question.", List.of());
        }
        Set<String> questionTerms = new HashSet<>(terms(question));
        List<Sentence> sentences = new ArrayList<>();
        for (int rank = 0; rank < passages.size(); rank++) {
            PassageHit passage = passages.get(rank);
            for (String sentence : sentencesOf(passage.text())) {
                List<String> terms = terms(sentence);
                if (terms.isEmpty()) {
                    continue;
                }
                long shared = new LinkedHashSet<>(terms).stream().filter(questionTerms::contains).count();
                // shared words, favouring concise sentences and passages the search ranked higher
                double score = shared / Math.sqrt(terms.size()) + 0.05 / (rank + 1);
                sentences.add(new Sentence(sentence, passage, rank, score));
            }
        }
        List<Sentence> best = sentences.stream().sorted(Comparator.comparingDouble(Sentence::score).reversed())
                .limit(maxSentences).toList();
        List<PassageHit> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Sentence sentence : best) {
            int marker = citations.indexOf(sentence.passage());
            if (marker < 0) {
                citations.add(sentence.passage());
                marker = citations.size() - 1;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(sentence.text()).append(" [").append(marker + 1).append(']');
        }
        return new Answer(text.toString(), citations);
    }

    private static List<String> sentencesOf(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
        String flat = text.replaceAll("(?m)^#{1,6}\\s+", "").replaceAll("\\s+", " ").strip();
        iterator.setText(flat);
        List<String> sentences = new ArrayList<>();
        for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE;
             start = end, end = iterator.next()) {
            String sentence = flat.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (Analyzer analyzer = new EnglishAnalyzer(); TokenStream stream = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
