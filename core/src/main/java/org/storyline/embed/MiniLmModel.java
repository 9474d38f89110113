package org.storyline.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * all-MiniLM-L6-v2 (quantised), the model and tokenizer langchain4j ships in its jar, in an ONNX Runtime session
 * that runs each call on the calling thread (one intra-op thread).
 *
 * <p>Why not langchain4j's own {@code AllMiniLmL6V2QuantizedEmbeddingModel}: its session uses ONNX Runtime's
 * default, an intra-op pool as wide as the machine, shared by every caller. With the pipeline's two workers on two
 * cores, both calls then compete for the same pool threads and spin-wait on each other; measured with
 * {@code bin/bench EmbedBench}. The vectors are the same model's (same weights, tokenizer and mean pooling).
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    MiniLmModel() {
        super(Runnable::run); // embedAll of several texts runs them in turn on the caller's thread too
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
             InputStream tokenizer = resource(TOKENIZER)) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            byte[] model;
            try (InputStream in = resource(MODEL)) {
                model = in.readAllBytes();
            }
            OrtSession session = environment.createSession(model, options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (OrtException e) {
            throw new IllegalStateException("embed: cannot load the sentence model", e);
        } catch (IOException e) {
            throw new UncheckedIOException("embed: cannot read the sentence model", e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = AbstractInProcessEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            in = MiniLmModel.class.getResourceAsStream(name);
        }
        if (in == null) {
            throw new IOException("embed: " + name + " is missing from the class path (langchain4j's model jar)");
        }
        return in;
    }
}
