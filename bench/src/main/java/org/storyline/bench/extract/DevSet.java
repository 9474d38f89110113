package org.storyline.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A development set in the shared layout: {@code gold.jsonl} (one page a line: {@code id}, {@code file},
 * {@code text}, {@code lang}, optional {@code url} and {@code title}) beside {@code html/} of gzip pages.
 */
final class DevSet {

    private final ObjectMapper mapper = new ObjectMapper();
    private final Path root;

    DevSet(Path root) {
        this.root = root;
    }

    static boolean isOne(Path dir) {
        return Files.isRegularFile(dir.resolve("gold.jsonl")) && Files.isDirectory(dir.resolve("html"));
    }

    String name() {
        return root.getFileName().toString();
    }

    List<BenchPage> pages() throws IOException {
        List<BenchPage> pages = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(root.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode gold = mapper.readTree(line);
                Path file = root.resolve(gold.path("file").asText());
                String url = gold.path("url").asText(null);
                pages.add(new BenchPage(gold.path("id").asText(), address(url), Files.readAllBytes(file),
                        file.toString().endsWith(".gz"), gold.path("text").asText(""),
                        gold.path("lang").asText("?"), gold.path("title").asText(null)));
            }
        }
        return pages;
    }

    private static URI address(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return URI.create(url.strip());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
