package org.storyline.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (quantised), the model and tokenizer langchain4j ships in its jar, in an ONNX Runtime session
 * that runs each call on the calling thread (one intra-op thread).
 *
 * <p>Why not langchain4j's own {@code AllMiniLmL6V2QuantizedEmbeddingModel}: its session uses ONNX Runtime's
 * default, an intra-op pool as wide as the machine, shared by every caller. With the pipeline's two workers on two
 * cores, both calls then compete for the same pool threads and spin-wait on each other; measured with
 * {@code bin/bench EmbedBench}. The vectors are the same model's (same weights, tokenizer and mean pooling).
 *
 * <p>{@link #vector} tokenizes once and runs the session itself. langchain4j's {@code OnnxBertBiEncoder.embed}
 * tokenizes the text, rebuilds it from its word pieces, tokenizes that again, then encodes it a third time, to
 * split inputs longer than {@value #MAX_PIECES} word pieces; ours are shorter, and those passes cost about 0.5 to
 * 1.5 ms of the 7 to 15 ms a headline and lead takes ({@code bin/bench EmbedLengthBench}). The pooling is
 * langchain4j's, step for step (sum in token order, divide by the count, scale to unit length in float), so the
 * vectors are the same to the bit ({@code bin/bench EmbedBench} checks every article); a longer input still goes
 * through langchain4j's split.
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    /** Word pieces langchain4j embeds in one pass (without the two special tokens); longer inputs it splits. */
    static final int MAX_PIECES = 510;

    private final OnnxBertBiEncoder encoder;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    MiniLmModel() {
        super(Runnable::run); // embedAll of several texts runs them in turn on the caller's thread too
        this.environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
             InputStream tokenizer = resource(TOKENIZER); InputStream ours = resource(TOKENIZER)) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            byte[] model;
            try (InputStream in = resource(MODEL)) {
                model = in.readAllBytes();
            }
            this.session = environment.createSession(model, options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            this.tokenizer = HuggingFaceTokenizer.newInstance(ours, Map.of("padding", "false")); // as langchain4j's
            this.typeIds = session.getInputNames().contains("token_type_ids");
        } catch (OrtException e) {
            throw new IllegalStateException("embed: cannot load the sentence model", e);
        } catch (IOException e) {
            throw new UncheckedIOException("embed: cannot read the sentence model", e);
        }
    }

    /** The mean-pooled vector of {@code text}, scaled to unit length: what {@code embed(text)} gives, to the bit. */
    float[] vector(String text) {
        Encoding encoding = tokenizer.encode(text, true, false);
        long[] ids = encoding.getIds();
        if (ids.length <= 2 || ids.length > MAX_PIECES + 2) {
            return embed(text).content().vector(); // empty (langchain4j says so) or split into parts
        }
        long[] shape = {1, ids.length};
        try (OnnxTensor input = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()),
                     shape);
             OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", input);
            inputs.put("attention_mask", mask);
            if (typeIds) {
                inputs.put("token_type_ids", types);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return unit(meanPool(((float[][][]) result.get(0).getValue())[0]));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embed: the sentence model failed", e);
        }
    }

    /** langchain4j's mean pooling: the sum over tokens in order, divided by their count. */
    private static float[] meanPool(float[][] tokens) {
        float[] out = new float[tokens[0].length];
        for (float[] token : tokens) {
            for (int i = 0; i < out.length; i++) {
                out[i] += token[i];
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= tokens.length;
        }
        return out;
    }

    /** langchain4j's scaling: the squared norm summed in float, its root taken in double, each entry divided by it. */
    private static float[] unit(float[] v) {
        float squares = 0;
        for (float x : v) {
            squares += x * x;
        }
        float norm = (float) Math.sqrt(squares);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / norm;
        }
        return out;
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
