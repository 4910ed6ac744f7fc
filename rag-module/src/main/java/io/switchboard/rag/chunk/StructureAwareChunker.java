package io.switchboard.rag.chunk;

import java.text.BreakIterator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document's text into chunks that follow its structure: a chunk never spans two sections
 * (Markdown headings, which the parsers produce for every format), prefers to end at a paragraph, and is
 * otherwise cut between sentences; a sentence longer than a chunk is cut between words, a word longer than a
 * chunk between characters. Each chunk's tokens, together with its context line (title and headings), fit
 * the policy's window exactly, checked with the model's own tokenizer, so nothing is ever silently truncated.
 */
public final class StructureAwareChunker {

    static final String CONTEXT_SEPARATOR = " › ";
    private static final Pattern HEADING = Pattern.compile("(?m)^(#{1,6})[ \\t]+(.*?)[ \\t#]*$");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private final TokenCounter tokens;

    public StructureAwareChunker(TokenCounter tokens) {
        this.tokens = tokens;
    }

    public List<Chunk> split(String text, String title, ChunkingPolicy policy) {
        List<Chunk> chunks = new ArrayList<>();
        for (Section section : sections(text)) {
            String context = fitContext(contextOf(title, section.headings()), policy.maxTokens() / 2);
            int budget = policy.maxTokens() - (context.isEmpty() ? 0 : tokens.count(context));
            pack(text, units(text, section, budget), context, budget, policy, chunks);
        }
        return chunks;
    }

    // ---- sections and units ----

    private record Section(int start, int end, List<String> headings) {
    }

    /** A piece that is never cut further unless it alone exceeds the budget: a sentence, or part of one. */
    private record Unit(int start, int end, int tokens, boolean startsParagraph) {
    }

    private static List<Section> sections(String text) {
        List<Section> sections = new ArrayList<>();
        Deque<String[]> open = new ArrayDeque<>(); // {level, heading}
        Matcher heading = HEADING.matcher(text);
        int bodyStart = 0;
        List<String> headings = List.of();
        while (heading.find()) {
            sections.add(new Section(bodyStart, heading.start(), headings));
            int level = heading.group(1).length();
            while (!open.isEmpty() && Integer.parseInt(open.peek()[0]) >= level) {
                open.pop();
            }
            open.push(new String[] {Integer.toString(level), heading.group(2).strip()});
            List<String> path = new ArrayList<>();
            open.descendingIterator().forEachRemaining(h -> path.add(h[1]));
            headings = List.copyOf(path);
            bodyStart = heading.end();
        }
        sections.add(new Section(bodyStart, text.length(), headings));
        return sections;
    }

    private List<Unit> units(String text, Section section, int budget) {
        List<Unit> units = new ArrayList<>();
        int paragraphStart = section.start();
        Matcher breaks = PARAGRAPH_BREAK.matcher(text).region(section.start(), section.end());
        while (true) {
            boolean more = breaks.find();
            int paragraphEnd = more ? breaks.start() : section.end();
            sentences(text, paragraphStart, paragraphEnd, budget, units);
            if (!more) {
                return units;
            }
            paragraphStart = breaks.end();
        }
    }

    private void sentences(String text, int from, int to, int budget, List<Unit> units) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text.substring(from, to));
        boolean first = true;
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
             start = end, end = sentences.next()) {
            int[] span = trim(text, from + start, from + end);
            if (span[0] >= span[1]) {
                continue;
            }
            int count = tokens.count(text.substring(span[0], span[1]));
            if (count <= budget) {
                units.add(new Unit(span[0], span[1], count, first));
            } else {
                words(text, span[0], span[1], budget, first, units);
            }
            first = false;
        }
    }

    /** A sentence longer than a chunk, cut into runs of whole words (a single overlong word into pieces). */
    private void words(String text, int from, int to, int budget, boolean startsParagraph, List<Unit> units) {
        Matcher word = WORD.matcher(text).region(from, to);
        int firstIndex = units.size();
        int runStart = -1;
        int runEnd = -1;
        int runTokens = 0;
        while (word.find()) {
            int count = tokens.count(word.group());
            if (count > budget) {
                if (runStart >= 0) {
                    units.add(new Unit(runStart, runEnd, runTokens, false));
                    runStart = -1;
                    runTokens = 0;
                }
                pieces(text, word.start(), word.end(), budget, units);
                continue;
            }
            if (runStart >= 0 && runTokens + count > budget) {
                units.add(new Unit(runStart, runEnd, runTokens, false));
                runStart = -1;
                runTokens = 0;
            }
            if (runStart < 0) {
                runStart = word.start();
            }
            runEnd = word.end();
            runTokens += count;
        }
        if (runStart >= 0) {
            units.add(new Unit(runStart, runEnd, runTokens, false));
        }
        if (startsParagraph && units.size() > firstIndex) {
            Unit first = units.get(firstIndex);
            units.set(firstIndex, new Unit(first.start(), first.end(), first.tokens(), true));
        }
    }

    private void pieces(String text, int from, int to, int budget, List<Unit> units) {
        int start = from;
        while (start < to) {
            int low = start + 1;
            int high = to;
            while (low < high) { // the longest prefix that fits
                int middle = (low + high + 1) >>> 1;
                if (tokens.count(text.substring(start, middle)) <= budget) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            units.add(new Unit(start, low, tokens.count(text.substring(start, low)), false));
            start = low;
        }
    }

    // ---- packing ----

    private void pack(String text, List<Unit> units, String context, int budget, ChunkingPolicy policy,
                      List<Chunk> chunks) {
        List<Unit> current = new ArrayList<>();
        int used = 0;
        for (Unit unit : units) {
            boolean full = used + unit.tokens() > budget;
            boolean goodBreak = unit.startsParagraph() && used >= budget * 3 / 4;
            if (!current.isEmpty() && (full || goodBreak)) {
                Unit overlap = overlap(text, current, policy.overlapTokens());
                emit(text, current, context, policy, chunks);
                current = new ArrayList<>();
                used = 0;
                if (overlap != null && overlap.tokens() + unit.tokens() <= budget) {
                    current.add(overlap);
                    used = overlap.tokens();
                }
            }
            current.add(unit);
            used += unit.tokens();
        }
        if (!current.isEmpty()) {
            emit(text, current, context, policy, chunks);
        }
    }

    /** The last whole words of a chunk that fit in the overlap, or null. */
    private Unit overlap(String text, List<Unit> chunk, int overlapTokens) {
        if (overlapTokens == 0) {
            return null;
        }
        int chunkStart = chunk.get(0).start();
        int end = chunk.get(chunk.size() - 1).end();
        int start = end;
        int used = 0;
        int position = end;
        while (position > chunkStart) {
            int wordEnd = position;
            while (wordEnd > chunkStart && Character.isWhitespace(text.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > chunkStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                break;
            }
            int count = tokens.count(text.substring(wordStart, wordEnd));
            if (used + count > overlapTokens) {
                break;
            }
            used += count;
            start = wordStart;
            position = wordStart;
        }
        return start < end && start > chunkStart ? new Unit(start, end, used, false) : null;
    }

    /** Adds the chunk, after checking its exact token count; a chunk that does not fit is halved. */
    private void emit(String text, List<Unit> units, String context, ChunkingPolicy policy, List<Chunk> chunks) {
        int start = units.get(0).start();
        int end = units.get(units.size() - 1).end();
        Chunk chunk = new Chunk(chunks.size(), start, end, text.substring(start, end), context);
        if (units.size() > 1 && tokens.count(chunk.contextualText()) > policy.maxTokens()) {
            emit(text, units.subList(0, units.size() / 2), context, policy, chunks);
            emit(text, units.subList(units.size() / 2, units.size()), context, policy, chunks);
            return;
        }
        chunks.add(chunk);
    }

    // ---- context ----

    private static String contextOf(String title, List<String> headings) {
        List<String> parts = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            parts.add(title.strip());
        }
        for (String heading : headings) {
            if (!heading.isEmpty() && !parts.contains(heading)) {
                parts.add(heading);
            }
        }
        return String.join(CONTEXT_SEPARATOR, parts);
    }

    /** The context, cut at a word so that it takes at most {@code limit} tokens (half the window). */
    private String fitContext(String context, int limit) {
        String fitted = context;
        while (!fitted.isEmpty() && tokens.count(fitted) > limit) {
            int cut = fitted.lastIndexOf(' ');
            fitted = cut < 0 ? "" : fitted.substring(0, cut).strip();
        }
        return fitted;
    }

    private static int[] trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }
}
