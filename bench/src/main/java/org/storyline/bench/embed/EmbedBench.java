package org.storyline.bench.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.storyline.embed.DjlOptOut;
import org.storyline.embed.SentenceEmbedder;

/**
 * Sentence embedding throughput, as the pipeline's workers call it: Storyline's embedder (one intra-op thread per
 * call) against langchain4j's stock model (ONNX Runtime's default pool), with 1 and 2 calling threads, on the
 * headline and lead of real articles. Also checks that both give the same vectors.
 *
 * <pre>bin/bench EmbedBench ../shared/bench/stories/gvc-dev.jsonl [articles]</pre>
 */
public final class EmbedBench {

    public static void main(String[] args) throws Exception {
        DjlOptOut.apply();
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        List<String[]> inputs = read(Path.of(args[0]), limit);
        SentenceEmbedder ours = new SentenceEmbedder();
        AllMiniLmL6V2QuantizedEmbeddingModel stock = new AllMiniLmL6V2QuantizedEmbeddingModel();
        Function<String[], float[]> oursCall = in -> ours.embed(in[0], in[1]);
        Function<String[], float[]> stockCall = in -> SentenceEmbedder.unit(stock.embed(input(in)).content().vector());
        double worst = 1;
        for (String[] in : inputs.subList(0, Math.min(50, inputs.size()))) {
            worst = Math.min(worst, dot(oursCall.apply(in), stockCall.apply(in)));
        }
        System.out.printf("articles %d; lowest cosine between the two embedders' vectors: %.6f%n", inputs.size(), worst);
        System.out.println("| embedder | threads | articles/s | ms per article per thread |");
        System.out.println("|---|---|---|---|");
        for (int round = 0; round < 2; round++) { // the first round warms up; the second is reported
            for (int threads : new int[] {1, 2}) {
                report(round, "storyline (1 intra-op thread per call)", threads, run(oursCall, inputs, threads));
                report(round, "langchain4j stock (default pool)", threads, run(stockCall, inputs, threads));
            }
        }
    }

    private static void report(int round, String name, int threads, double seconds) {
        if (round == 1) {
            System.out.printf("| %s | %d | %.1f | %.2f |%n", name, threads, COUNT[0] / seconds,
                    1000 * seconds * threads / COUNT[0]);
        }
    }

    private static final int[] COUNT = new int[1];

    private static double run(Function<String[], float[]> embed, List<String[]> inputs, int threads) throws Exception {
        COUNT[0] = inputs.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            done.add(pool.submit(() -> {
                for (int i = first; i < inputs.size(); i += threads) {
                    embed.apply(inputs.get(i));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }

    static String input(String[] in) {
        String lead = in[1].length() > SentenceEmbedder.LEAD_CHARS ? in[1].substring(0, SentenceEmbedder.LEAD_CHARS) : in[1];
        return in[0] == null || in[0].isBlank() ? lead : in[0] + ". " + lead;
    }

    static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }

    static List<String[]> read(Path jsonl, int limit) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String[]> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl)) {
            for (String line = in.readLine(); line != null && out.size() < limit; line = in.readLine()) {
                JsonNode n = json.readTree(line);
                out.add(new String[] {n.path("title").asText(""), n.path("text").asText("")});
            }
        }
        return out;
    }
}
