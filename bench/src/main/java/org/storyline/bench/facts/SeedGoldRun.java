package org.storyline.bench.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.storyline.enrich.entity.EntityExtractor;
import org.storyline.enrich.gold.GoldScores;
import org.storyline.enrich.gold.GoldSet;
import org.storyline.enrich.quote.QuoteExtractor;
import org.storyline.model.Published;
import org.storyline.model.RawDocument;
import org.storyline.model.StoredArticle;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * The seeds' gold lists through the production path: the seed pages are ingested by {@code Pipeline} into a
 * temporary store (captured as the demo loader says), each stored article is matched to the hand-split gold
 * article it shares most words with, and the entity and quote stages are scored on the stored text.
 */
final class SeedGoldRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SeedGoldRun() {
    }

    static void run(Path pages, Path handSplit, Path golds) throws IOException {
        Map<String, Set<String>> goldWords = new HashMap<>();
        for (String line : Files.readAllLines(handSplit)) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                goldWords.put(n.get("id").asText(), words(n.path("text").asText("")));
            }
        }
        Path data = Ingestion.temporaryStore();
        Map<String, String> texts = new HashMap<>();
        Map<String, Published> dates = new HashMap<>();
        try (ArticleStore store = SqliteArticleStore.open(data); Stream<Path> files = Files.list(pages)) {
            Pipeline pipeline = Pipeline.open(store);
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String content = Files.readString(p, StandardCharsets.UTF_8);
                Instant at = Instant.parse(p.getFileName().toString().startsWith("000_") ? "2025-07-08T12:00:00Z"
                        : p.getFileName().toString().startsWith("004_") ? "2025-07-03T22:00:00Z" : "2025-07-04T12:00:00Z");
                pipeline.ingest(new RawDocument("demo/" + p.getFileName(), RawDocument.Format.TEXT_DUMP, content, at,
                        false), Integer.toHexString(content.hashCode()));
            }
            store.forEachArticle(a -> match(a, goldWords, texts, dates));
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        for (String name : List.of("gold.json", "gold-heldout.json")) {
            GoldSet gold;
            try (InputStream in = Files.newInputStream(golds.resolve(name))) {
                gold = GoldSet.read(in);
            }
            Map<String, GoldSet.Article> stored = new HashMap<>();
            gold.articles().forEach((id, a) -> {
                if (texts.containsKey(id)) {
                    stored.put(id, a);
                }
            });
            GoldScores.Report r = GoldScores.score(new GoldSet(stored), texts, dates, new EntityExtractor(),
                    new QuoteExtractor());
            System.out.printf("%-18s %d of %d gold articles found in the store%n", name, stored.size(),
                    gold.articles().size());
            System.out.println("  entities  " + r.entities());
            System.out.println("  quotes    " + r.quotes());
            System.out.println("  speakers  " + r.attributed());
        }
    }

    /** The gold article the stored one shares most words with (at least half of the smaller), if any. */
    private static void match(StoredArticle a, Map<String, Set<String>> goldWords, Map<String, String> texts,
                              Map<String, Published> dates) {
        Set<String> mine = words(a.article().text());
        String best = null;
        double bestShare = 0.5;
        for (var e : goldWords.entrySet()) {
            Set<String> shared = new HashSet<>(mine);
            shared.retainAll(e.getValue());
            double share = (double) shared.size() / Math.max(1, Math.min(mine.size(), e.getValue().size()));
            if (share > bestShare) {
                best = e.getKey();
                bestShare = share;
            }
        }
        if (best != null && !texts.containsKey(best)) {
            texts.put(best, a.article().text());
            dates.put(best, a.article().published());
        }
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() > 3) {
                out.add(w);
            }
        }
        return out;
    }
}
