package io.switchboard.rag.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * all-MiniLM-L6-v2, the model and tokenizer of LangChain4j's {@link AllMiniLmL6V2EmbeddingModel}, in an ONNX
 * Runtime session set up for a server: {@code intraOpThreads} threads per run (default one) and no spinning of
 * idle pool threads. LangChain4j's own session uses every core per run and keeps its threads spinning between
 * runs; on a 2-core server with concurrent requests that burnt CPU the requests needed (8.4 ms of CPU per short
 * text instead of 6.6, and 186 instead of 264 texts a second from two callers). Batches still use several
 * cores: the model spreads their texts over its executor.
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "all-minilm-l6-v2.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";

    private final OrtSession session;
    private final OnnxBertBiEncoder encoder;
    /** Runs hold it shared; {@link #close()} exclusively, so a session is never closed under a run. */
    private final ReentrantReadWriteLock runs = new ReentrantReadWriteLock();
    private boolean closed;

    private MiniLmModel(OrtSession session, OnnxBertBiEncoder encoder) {
        super(null); // LangChain4j's default executor for batches: one thread per core
        this.session = session;
        this.encoder = encoder;
    }

    static MiniLmModel load(int intraOpThreads) {
        ClassLoader jar = AllMiniLmL6V2EmbeddingModel.class.getClassLoader();
        try (InputStream model = jar.getResourceAsStream(MODEL); InputStream tokenizer = jar.getResourceAsStream(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("The all-MiniLM-L6-v2 model is not on the class path");
            }
            options.setIntraOpNumThreads(Math.max(1, intraOpThreads));
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            try {
                return new MiniLmModel(session, new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the all-MiniLM-L6-v2 model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the all-MiniLM-L6-v2 model: " + e.getMessage(), e);
        }
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        runs.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("The in-process embedding model was released: the application is stopping");
            }
            return super.embedAll(segments);
        } finally {
            runs.readLock().unlock();
        }
    }

    /**
     * Frees the native session (about 90 MB) once the runs in progress have finished. The application calls
     * it when it stops ({@link InProcessModelRelease}): its classes, and this model with them, are loaded
     * again on the next start, while ONNX Runtime lives in the server's library and would keep every old
     * session. (The tokenizer's small native part, private to LangChain4j's encoder, is not freed.)
     */
    void close() {
        runs.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                session.close();
            }
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot close the all-MiniLM-L6-v2 session: " + e.getMessage(), e);
        } finally {
            runs.writeLock().unlock();
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return MiniLmEmbeddings.DIMENSION;
    }
}
