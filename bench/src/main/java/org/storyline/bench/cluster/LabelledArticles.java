package org.storyline.bench.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.storyline.text.StableHash;

/**
 * A labelled set of full articles: JSON lines {@code {"id", "title" (or null), "text", "published" (ISO date or
 * null), "story"}} (+ {@code topic}; the seed articles' {@code expected_story} counts as the story), read in date order (undated articles keep their file order, after none).
 */
record LabelledArticles(String name, List<Item> items) {

    /** One labelled article. */
    record Item(String id, String title, String text, Instant published, String story, String topic) {
    }

    static LabelledArticles read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            String title = n.path("title").isTextual() ? n.get("title").asText() : null;
            String published = n.path("published").isTextual() ? n.get("published").asText() : null;
            items.add(new Item(n.get("id").asText(), title, n.get("text").asText(), instant(published),
                    (n.has("story") ? n.get("story") : n.get("expected_story")).asText(), n.path("topic").isTextual() ? n.get("topic").asText() : null));
        }
        // A stable sort: same-day and undated articles keep the file's order.
        items.sort(Comparator.comparing(Item::published, Comparator.nullsLast(Comparator.naturalOrder())));
        String name = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
        return new LabelledArticles(name, List.copyOf(items));
    }

    private static Instant instant(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        return iso.length() == 10 ? LocalDate.parse(iso).atTime(12, 0).toInstant(ZoneOffset.UTC) : Instant.parse(iso);
    }

    /**
     * The part of the set a fit may use ({@code part} 0) or the held-back part (1): whole stories, or whole
     * topics when the set has them (ECB+: both look-alike events of a topic stay on one side), chosen by a
     * hash of the label so that nothing about the content decides the split.
     */
    LabelledArticles part(int part) {
        Predicate<Item> in = item -> (StableHash.of("split|" + (item.topic() != null ? item.topic() : item.story()))
                .charAt(0) % 2) == part;
        return new LabelledArticles(name + (part == 0 ? "/fit" : "/held-back"), items.stream().filter(in).toList());
    }

    List<String> stories() {
        return items.stream().map(Item::story).toList();
    }
}
