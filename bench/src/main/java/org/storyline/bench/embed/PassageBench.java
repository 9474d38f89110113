package org.storyline.bench.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.storyline.embed.DjlOptOut;
import org.storyline.embed.PassageEmbedder;
import org.storyline.embed.PassageSplitter;
import org.storyline.embed.SentenceEmbedder;

/**
 * What passage embeddings cost per article, on one thread, beside the one embedding ingesting makes (headline and
 * lead): passages per article, milliseconds to split, to embed the passages, and to embed the lead. The deferred
 * passage stage pays the passage figure per article when the server is idle; ingesting keeps paying the lead.
 *
 * <pre>bin/bench PassageBench ../shared/bench/stories/gvc-dev.jsonl [articles]</pre>
 */
public final class PassageBench {

    public static void main(String[] args) throws Exception {
        DjlOptOut.apply();
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<String[]> inputs = read(Path.of(args[0]), limit);
        SentenceEmbedder embedder = new SentenceEmbedder();
        PassageSplitter splitter = new PassageSplitter();
        PassageEmbedder passages = new PassageEmbedder(embedder);
        for (String[] in : inputs.subList(0, Math.min(20, inputs.size()))) { // warm-up
            embedder.embed(in[0], in[1]);
            passages.embed(in[1]);
        }
        int[] counts = new int[inputs.size()];
        long split = 0;
        long lead = 0;
        long all = 0;
        int words = 0;
        for (int i = 0; i < inputs.size(); i++) {
            String[] in = inputs.get(i);
            words += in[1].isBlank() ? 0 : in[1].trim().split("\\s+").length;
            long t0 = System.nanoTime();
            counts[i] = splitter.split(in[1]).size();
            long t1 = System.nanoTime();
            embedder.embed(in[0], in[1]);
            long t2 = System.nanoTime();
            passages.embed(in[1]); // splits again and embeds every passage
            long t3 = System.nanoTime();
            split += t1 - t0;
            lead += t2 - t1;
            all += t3 - t2;
        }
        int n = inputs.size();
        int[] sorted = counts.clone();
        Arrays.sort(sorted);
        System.out.printf("articles %d, %.0f words each on average%n", n, (double) words / n);
        System.out.printf("passages per article: mean %.1f, median %d, max %d%n",
                Arrays.stream(counts).average().orElse(0), sorted[n / 2], sorted[n - 1]);
        System.out.println("| step (one thread) | ms per article |");
        System.out.println("|---|---|");
        System.out.printf("| headline and lead embedding (what ingest pays) | %.1f |%n", lead / 1e6 / n);
        System.out.printf("| passage split | %.1f |%n", split / 1e6 / n);
        System.out.printf("| passages split and embedded (the deferred stage) | %.1f |%n", all / 1e6 / n);
        System.out.printf("ratio passages / lead: %.1f%n", (double) all / lead);
    }

    private static List<String[]> read(Path jsonl, int limit) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String[]> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl)) {
            for (String line = in.readLine(); line != null && out.size() < limit; line = in.readLine()) {
                JsonNode node = json.readTree(line);
                out.add(new String[] {node.path("title").asText(""), node.path("text").asText("")});
            }
        }
        return out;
    }
}
