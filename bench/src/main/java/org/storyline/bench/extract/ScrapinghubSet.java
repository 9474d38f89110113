package org.storyline.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.storyline.extract.html.ShingleScore;

/**
 * The Scrapinghub article-extraction benchmark as laid out on disk: {@code html/<id>.html.gz},
 * {@code ground-truth.json} ({@code {id: {articleBody, url}}}) and other extractors' results in
 * {@code output/*.json}, either flat or wrapped as {@code {"output": {...}, "version": ...}}.
 */
final class ScrapinghubSet {

    private final ObjectMapper mapper = new ObjectMapper();
    private final Path root;

    ScrapinghubSet(Path root) {
        this.root = root;
    }

    static boolean isOne(Path dir) {
        return Files.isRegularFile(dir.resolve("ground-truth.json")) && Files.isDirectory(dir.resolve("html"));
    }

    List<BenchPage> pages() throws IOException {
        JsonNode truth = mapper.readTree(root.resolve("ground-truth.json").toFile());
        List<BenchPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String id = entry.getKey();
            Path gz = root.resolve("html").resolve(id + ".html.gz");
            Path plain = root.resolve("html").resolve(id + ".html");
            boolean gzipped = Files.exists(gz);
            byte[] bytes = Files.readAllBytes(gzipped ? gz : plain);
            String url = entry.getValue().path("url").asText(null);
            pages.add(new BenchPage(id, url == null ? null : URI.create(url), bytes, gzipped,
                    entry.getValue().path("articleBody").asText("")));
        }
        return pages;
    }

    /** F1 of each other extractor's stored output, scored by our {@link ShingleScore}, by name. */
    Map<String, ShingleScore.Summary> otherExtractors(List<BenchPage> pages) throws IOException {
        Map<String, ShingleScore.Summary> results = new LinkedHashMap<>();
        Path output = root.resolve("output");
        if (!Files.isDirectory(output)) {
            return results;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(output)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode node = mapper.readTree(file.toFile());
            JsonNode bodies = node.has("output") && node.get("output").isObject() ? node.get("output") : node;
            List<ShingleScore.Match> matches = new ArrayList<>();
            for (BenchPage page : pages) {
                String predicted = bodies.path(page.id()).path("articleBody").asText("");
                matches.add(ShingleScore.match(page.goldBody(), predicted));
            }
            String name = file.getFileName().toString().replace(".json", "");
            results.put(name, ShingleScore.summarize(matches));
        }
        return results;
    }
}
