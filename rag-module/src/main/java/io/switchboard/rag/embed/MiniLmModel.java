package io.switchboard.rag.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

    private final OnnxBertBiEncoder encoder;

    private MiniLmModel(OnnxBertBiEncoder encoder) {
        super(null); // LangChain4j's default executor for batches: one thread per core
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
            return new MiniLmModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the all-MiniLM-L6-v2 model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the all-MiniLM-L6-v2 model: " + e.getMessage(), e);
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
