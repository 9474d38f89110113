package org.storyline.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.model.Article;
import org.storyline.model.Published;

/**
 * Real news text for index tests: the 104 ECB+ articles core ships as a test fixture ({@code cluster/SOURCES.md}
 * names the origin and the licence, CC BY 3.0), with outlets, days, languages, hashtags and entities assigned by
 * position (the fixture has none) so every filter has something to narrow, and a deterministic stand-in
 * embedding: signed hashing of the words into {@link #DIMENSION} dimensions, so articles sharing words are near.
 */
final class EcbPlusCorpus {

    static final int DIMENSION = 64;
    static final List<String> OUTLETS = List.of("AP", "Reuters", "DW", "Al Jazeera");

    /** An article with what the index is given beside it. */
    record Entry(Article article, float[] vector, List<String> entities) {}

    private EcbPlusCorpus() {
    }

    static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                EcbPlusCorpus.class.getResourceAsStream("/cluster/ecbplus-sample.jsonl"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    entries.add(entry(json.readTree(line), entries.size()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static Entry entry(JsonNode item, int i) {
        String text = item.get("text").asText();
        String title = item.path("title").isTextual() ? item.get("title").asText()
                : text.substring(0, Math.min(60, text.length()));
        String topic = item.get("topic").asText();
        Article article = new Article(item.get("id").asText(), title, OUTLETS.get(i % OUTLETS.size()), null,
                Published.ofDate(LocalDate.of(2025, 1, 1).plusDays(i % 40)), null, null, i % 7 == 0 ? "de" : "en",
                List.of("topic" + topic), text, "ecbplus");
        return new Entry(article, embed(title + " " + text), List.of("topic:" + topic, "story:" + item.get("story").asText()));
    }

    /** Signed feature hashing of the lower-cased words: a fixed, model-free embedding. */
    static float[] embed(String text) {
        float[] v = new float[DIMENSION];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 3) {
                int h = word.hashCode() * 0x9E3779B1;
                v[Math.floorMod(h, DIMENSION)] += (h >>> 31) == 0 ? 1 : -1;
            }
        }
        return v;
    }
}
