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
                        file.toString().endsWith(".gz"), goldText(gold.path("text").asText("")),
                        gold.path("lang").asText("?"), gold.path("title").asText(null)));
            }
        }
        return pages;
    }

    /**
     * The gold text, with one repair: five Dragnet gold files are UTF-16 that the set's conversion read as
     * Latin-1 ("ÿþF o r g i v i n g"), so no word of them could match; their bytes are read again as UTF-16.
     */
    static String goldText(String text) {
        if (!text.startsWith("\u00ff\u00fe") || text.chars().anyMatch(c -> c > 0xff)) {
            return text;
        }
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return new String(bytes, 2, bytes.length - 2, java.nio.charset.StandardCharsets.UTF_16LE);
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
