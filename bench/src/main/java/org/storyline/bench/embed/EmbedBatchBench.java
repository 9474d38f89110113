package org.storyline.bench.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storyline.embed.SentenceEmbedder;

/**
 * Would the pipeline embed faster with several articles per model call? The same quantised all-MiniLM-L6-v2
 * session the embedder uses (one intra-op thread), fed the headline and lead of real articles one at a time (as
 * the pipeline does now, through {@link SentenceEmbedder}) and in batches of 4, 8 and 16 padded to the batch's
 * longest input, mean-pooled over the attention mask. Prints articles/s per batch size and the lowest cosine
 * between a batched vector and the embedder's own.
 *
 * <pre>bin/bench EmbedBatchBench ../shared/bench/stories/gvc-dev.jsonl [articles]</pre>
 */
public final class EmbedBatchBench {

    private EmbedBatchBench() {
    }

    public static void main(String[] args) throws Exception {
        org.storyline.embed.DjlOptOut.apply();
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        List<String> inputs = EmbedBench.read(Path.of(args[0]), limit).stream().map(EmbedBench::input).toList();
        SentenceEmbedder embedder = new SentenceEmbedder();
        OneThreadModel opened = OneThreadModel.open();
        OrtEnvironment env = opened.env();
        OrtSession session = opened.session();
        HuggingFaceTokenizer tokenizer = opened.tokenizer();
        double worst = 1;
        List<float[]> batched = embed(env, session, tokenizer, inputs.subList(0, 32), 8);
        for (int i = 0; i < 32; i++) {
            worst = Math.min(worst, EmbedBench.dot(batched.get(i), embedder.embedPassage(inputs.get(i))));
        }
        System.out.printf("articles %d; lowest cosine, batched against the embedder: %.6f%n", inputs.size(), worst);
        System.out.println("| per call | articles/s (one thread) | ms per article |");
        System.out.println("|---|---|---|");
        for (int round = 0; round < 2; round++) { // the first round warms up
            long start = System.nanoTime();
            inputs.forEach(embedder::embedPassage);
            report(round, "1 (SentenceEmbedder)", inputs.size(), start);
            for (int size : new int[] {1, 4, 8, 16}) {
                start = System.nanoTime();
                embed(env, session, tokenizer, inputs, size);
                report(round, String.valueOf(size), inputs.size(), start);
            }
        }
    }

    private static void report(int round, String label, int n, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        if (round == 1) {
            System.out.printf("| %s | %.1f | %.2f |%n", label, n / seconds, 1000 * seconds / n);
        }
    }

    /** Unit vectors for the texts, {@code size} per model call. */
    static List<float[]> embed(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer,
                               List<String> texts, int size) throws Exception {
        List<float[]> out = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += size) {
            List<String> part = texts.subList(from, Math.min(texts.size(), from + size));
            Encoding[] encodings = tokenizer.batchEncode(part.toArray(String[]::new));
            int longest = 0;
            for (Encoding e : encodings) {
                longest = Math.max(longest, e.getIds().length);
            }
            long[][] ids = new long[part.size()][longest];
            long[][] mask = new long[part.size()][longest];
            long[][] types = new long[part.size()][longest];
            for (int i = 0; i < encodings.length; i++) {
                long[] id = encodings[i].getIds();
                System.arraycopy(id, 0, ids[i], 0, id.length);
                System.arraycopy(encodings[i].getAttentionMask(), 0, mask[i], 0, id.length);
                System.arraycopy(encodings[i].getTypeIds(), 0, types[i], 0, id.length);
            }
            try (OnnxTensor a = OnnxTensor.createTensor(env, ids); OnnxTensor b = OnnxTensor.createTensor(env, mask);
                 OnnxTensor c = OnnxTensor.createTensor(env, types);
                 OrtSession.Result result = session.run(Map.of("input_ids", a, "attention_mask", b, "token_type_ids", c))) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                for (int i = 0; i < part.size(); i++) {
                    float[] v = new float[hidden[i][0].length];
                    int tokens = 0;
                    for (int t = 0; t < longest; t++) {
                        if (mask[i][t] == 1) {
                            tokens++;
                            for (int d = 0; d < v.length; d++) {
                                v[d] += hidden[i][t][d];
                            }
                        }
                    }
                    for (int d = 0; d < v.length; d++) {
                        v[d] /= tokens;
                    }
                    out.add(SentenceEmbedder.unit(v));
                }
            }
        }
        return out;
    }
}
