package io.switchboard.rag.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SciFact data set in BEIR format, from ../shared/datasets/scifact (or {@code scifact.dir}). */
public record Scifact(List<Doc> corpus, Map<String, String> testQueries, Map<String, Map<String, Integer>> qrels) {

    public record Doc(String id, String title, String text) {
    }

    static Path directory() {
        String configured = System.getProperty("scifact.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("datasets/scifact");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("SciFact not found: expected ../shared/datasets/scifact beside the "
                + "repository, or -Dscifact.dir=<path>");
    }

    public static Scifact load() {
        Path dir = directory();
        ObjectMapper json = new ObjectMapper();
        try {
            List<Doc> corpus = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve("corpus.jsonl"))) {
                if (!line.isBlank()) {
                    JsonNode doc = json.readTree(line);
                    corpus.add(new Doc(doc.get("_id").asText(), doc.get("title").asText(), doc.get("text").asText()));
                }
            }
            Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
            List<String> judgements = Files.readAllLines(dir.resolve("qrels/test.tsv"));
            for (String line : judgements.subList(1, judgements.size())) {
                String[] fields = line.split("\t");
                if (fields.length == 3) {
                    qrels.computeIfAbsent(fields[0], q -> new LinkedHashMap<>()).put(fields[1], Integer.parseInt(fields[2]));
                }
            }
            Map<String, String> queries = new LinkedHashMap<>();
            Map<String, String> all = new LinkedHashMap<>();
            for (String line : Files.readAllLines(dir.resolve("queries.jsonl"))) {
                if (!line.isBlank()) {
                    JsonNode query = json.readTree(line);
                    all.put(query.get("_id").asText(), query.get("text").asText());
                }
            }
            for (String id : qrels.keySet()) {
                queries.put(id, all.get(id));
            }
            return new Scifact(corpus, queries, qrels);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SciFact from " + dir, e);
        }
    }
}
