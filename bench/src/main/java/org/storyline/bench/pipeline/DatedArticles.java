package org.storyline.bench.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The labelled story sets' articles (JSON lines), oldest first and undated ones last: how the ingest benches feed them. */
public final class DatedArticles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DatedArticles() {
    }

    /** Every article of the JSON-lines files, sorted by its "published" field. */
    public static List<JsonNode> read(List<Path> inputs) throws IOException {
        List<JsonNode> articles = new ArrayList<>();
        for (Path input : inputs) {
            for (String line : Files.readAllLines(input)) {
                if (!line.isBlank()) {
                    articles.add(JSON.readTree(line));
                }
            }
        }
        articles.sort(Comparator.comparing(a -> a.path("published").asText("9999")));
        return articles;
    }
}
