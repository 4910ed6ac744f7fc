package io.switchboard.rag.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.VectorUtil;

/**
 * Passages in an Apache Lucene index: the searchable text analysed for English (stop words, Porter stemming)
 * and scored with BM25 (k1 0.9, b 0.4, the parameters of the Anserini BEIR baselines), the embedding as an
 * HNSW vector field compared by dot product of unit vectors. Writes become visible to searches at once
 * (near-real-time readers); {@link #commit()} makes them durable.
 */
public final class LucenePassageIndex implements PassageIndex {

    static final float BM25_K1 = 0.9f;
    static final float BM25_B = 0.4f;
    /** Candidates the HNSW search explores beyond k, for recall. */
    static final int MIN_VECTOR_CANDIDATES = 100;

    private static final String ID = "id";
    private static final String DOCUMENT = "document";
    private static final String DOCUMENT_NAME = "document_name";
    private static final String CHUNK = "chunk";
    private static final String START = "start";
    private static final String END = "end";
    private static final String TEXT = "text";
    private static final String SEARCH = "search";
    private static final String VECTOR = "vector";

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final BM25Similarity similarity = new BM25Similarity(BM25_K1, BM25_B);

    private LucenePassageIndex(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(similarity)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** An index in a directory on disk, created if missing. */
    public static LucenePassageIndex open(Path path) {
        try {
            return new LucenePassageIndex(FSDirectory.open(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
    }

    /** An index in memory (tests, evaluations). */
    public static LucenePassageIndex inMemory() {
        try {
            return new LucenePassageIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void add(List<Passage> passages) {
        Map<String, List<Document>> byDocument = new LinkedHashMap<>();
        for (Passage passage : passages) {
            byDocument.computeIfAbsent(passage.documentId(), id -> new ArrayList<>()).add(toLucene(passage));
        }
        try {
            for (Map.Entry<String, List<Document>> document : byDocument.entrySet()) {
                writer.updateDocuments(new Term(DOCUMENT, document.getKey()), document.getValue());
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the search index", e);
        }
    }

    /** Bulk loading: adds passages of documents not in the index yet, visible after {@link #refresh()}. */
    void addWithoutRefresh(List<Passage> passages) {
        try {
            for (Passage passage : passages) {
                writer.addDocument(toLucene(passage));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the search index", e);
        }
    }

    /** Makes every write so far visible to searches. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot refresh the search index", e);
        }
    }

    @Override
    public void deleteDocument(String documentId) {
        try {
            writer.deleteDocuments(new Term(DOCUMENT, documentId));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete from the search index", e);
        }
    }

    @Override
    public List<PassageHit> keyword(String query, int k) {
        Query parsed = new QueryBuilder(analyzer).createBooleanQuery(SEARCH, query, BooleanClause.Occur.SHOULD);
        return parsed == null ? List.of() : search(parsed, k); // null: nothing left after analysis (stop words only)
    }

    @Override
    public List<PassageHit> vector(float[] vector, int k) {
        float[] unit = VectorUtil.l2normalize(vector.clone(), false);
        return search(new KnnFloatVectorQuery(VECTOR, unit, Math.max(k, MIN_VECTOR_CANDIDATES)), k);
    }

    /**
     * Both searches on one reader, fused by Lucene document number; stored fields are read only for the
     * {@code k} passages returned, not for the {@code 2 × depth} candidates.
     */
    @Override
    public List<PassageHit> hybrid(String query, float[] vector, int k, int depth) {
        Query keyword = new QueryBuilder(analyzer).createBooleanQuery(SEARCH, query, BooleanClause.Occur.SHOULD);
        float[] unit = VectorUtil.l2normalize(vector.clone(), false);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                searcher.setSimilarity(similarity);
                Map<Integer, Double> fused = new java.util.HashMap<>();
                if (keyword != null) {
                    addRanks(fused, searcher.search(keyword, depth).scoreDocs);
                }
                addRanks(fused, searcher.search(new KnnFloatVectorQuery(VECTOR, unit,
                        Math.max(depth, MIN_VECTOR_CANDIDATES)), depth).scoreDocs);
                List<Map.Entry<Integer, Double>> best = fused.entrySet().stream()
                        .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(k).toList();
                StoredFields stored = searcher.storedFields();
                List<PassageHit> hits = new ArrayList<>(best.size());
                for (Map.Entry<Integer, Double> entry : best) {
                    hits.add(hit(stored.document(entry.getKey()), entry.getValue()));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the index", e);
        }
    }

    private static void addRanks(Map<Integer, Double> fused, ScoreDoc[] ranking) {
        for (int rank = 0; rank < ranking.length; rank++) {
            fused.merge(ranking[rank].doc, 1.0 / (ReciprocalRankFusion.DEFAULT_K + rank + 1),
                    Double::sum);
        }
    }

    private static PassageHit hit(Document document, double score) {
        return new PassageHit(document.get(DOCUMENT), document.get(DOCUMENT_NAME),
                document.getField(CHUNK).numericValue().intValue(), document.getField(START).numericValue().intValue(),
                document.getField(END).numericValue().intValue(), document.get(TEXT), score);
    }

    private List<PassageHit> search(Query query, int k) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                searcher.setSimilarity(similarity);
                ScoreDoc[] top = searcher.search(query, k).scoreDocs;
                StoredFields stored = searcher.storedFields();
                List<PassageHit> hits = new ArrayList<>(top.length);
                for (ScoreDoc scoreDoc : top) {
                    hits.add(hit(stored.document(scoreDoc.doc), scoreDoc.score));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the index", e);
        }
    }

    @Override
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the search index", e);
        }
    }

    @Override
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the search index", e);
        }
    }

    @Override
    public void close() {
        try (directory; analyzer) {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the search index", e);
        }
    }

    private static Document toLucene(Passage passage) {
        Document document = new Document();
        document.add(new StringField(ID, passage.id(), Field.Store.YES));
        document.add(new StringField(DOCUMENT, passage.documentId(), Field.Store.YES));
        document.add(new StoredField(DOCUMENT_NAME, passage.documentName()));
        document.add(new StoredField(CHUNK, passage.chunkIndex()));
        document.add(new StoredField(START, passage.start()));
        document.add(new StoredField(END, passage.end()));
        document.add(new StoredField(TEXT, passage.text()));
        document.add(new TextField(SEARCH, passage.searchableText(), Field.Store.NO));
        float[] unit = VectorUtil.l2normalize(passage.embedding().clone(), false);
        document.add(new KnnFloatVectorField(VECTOR, unit, VectorSimilarityFunction.DOT_PRODUCT));
        return document;
    }
}
