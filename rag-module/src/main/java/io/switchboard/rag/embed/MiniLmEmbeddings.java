package io.switchboard.rag.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import io.switchboard.rag.chunk.ChunkingPolicy;
import io.switchboard.rag.chunk.TokenCounter;

/**
 * The default embedding model, loaded once per JVM on first use (about a second, 90 MB of model inside the
 * jar, run off-heap by ONNX Runtime). Its window is 128 tokens including [CLS] and [SEP]; longer text is cut
 * by the model without warning, which is why chunks are sized with {@link #tokenCounter()}.
 */
public final class MiniLmEmbeddings {

    public static final int DIMENSION = 384;
    public static final ChunkingPolicy DEFAULT_POLICY = ChunkingPolicy.MINILM;

    private MiniLmEmbeddings() {
    }

    private static MiniLmModel loaded;
    private static volatile EmbeddingModel model;

    private static final class Tokenizer {
        static final HuggingFaceTokenCountEstimator INSTANCE = new HuggingFaceTokenCountEstimator();
    }

    public static EmbeddingModel model() {
        EmbeddingModel current = model;
        return current != null ? current : load();
    }

    private static synchronized EmbeddingModel load() {
        if (model == null) {
            loaded = MiniLmModel.load(Integer.getInteger("switchboard.embedding.threads-per-run", 1));
            model = new BoundedEmbeddingModel(loaded,
                    Integer.getInteger("switchboard.embedding.concurrency", Runtime.getRuntime().availableProcessors()));
        }
        return model;
    }

    /** Frees the loaded model's native session (after the runs in progress); a later call of {@link #model()} loads it again. */
    static synchronized void release() {
        if (loaded != null) {
            MiniLmModel releasing = loaded;
            loaded = null;
            model = null;
            releasing.close();
        }
    }

    /** The WordPiece tokenizer of the model (uncased BERT vocabulary), counting text tokens only. */
    public static TokenCounter tokenCounter() {
        return Tokenizer.INSTANCE::estimateTokenCountInText;
    }
}
