package org.storyline.bench.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The shipped all-MiniLM-L6-v2-q model opened as the embedding benches call it directly: one ONNX Runtime session
 * on one thread (sequential, full graph optimisation, as the embedder runs it) and its word-piece tokenizer
 * without padding.
 */
record OneThreadModel(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer) {

    static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    static OneThreadModel open() throws OrtException, IOException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        try (InputStream model = resource(MODEL); InputStream vocab = resource(TOKENIZER)) {
            return new OneThreadModel(env, env.createSession(model.readAllBytes(), options),
                    HuggingFaceTokenizer.newInstance(vocab, Map.of("padding", "false", "modelMaxLength", "256")));
        }
    }

    /** A model file shipped on the class path (langchain4j's jar holds them). */
    static InputStream resource(String name) {
        InputStream in = dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the class path");
        }
        return in;
    }
}
