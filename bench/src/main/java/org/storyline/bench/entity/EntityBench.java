package org.storyline.bench.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.enrich.entity.ArticleEntities;
import org.storyline.enrich.entity.EntityExtractor;
import org.storyline.enrich.gold.GoldScores;
import org.storyline.enrich.gold.GoldSet;
import org.storyline.enrich.quote.QuoteExtractor;
import org.storyline.model.Published;

/**
 * Precision and recall of entities and quotes on the hand-annotated gold lists, and the speed of both stages.
 *
 * <pre>
 * bin/bench EntityBench [SEED_ARTICLES.jsonl] [GOLD_DIR] [MORE_TEXTS: scrapinghub ground-truth.json]
 * bin/bench EntityBench core/src/test/resources/cluster/seed-articles.jsonl core/src/test/resources/enrich-entity \
 *     ../shared/bench/extraction-scrapinghub/ground-truth.json
 * </pre>
 *
 * Speed is one thread on one core: the texts are run through both stages three times to warm up, then timed
 * article by article (entities alone, then entities and quotes).
 */
public final class EntityBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "core/src/test/resources/cluster/seed-articles.jsonl");
        Path golds = Path.of(args.length > 1 ? args[1] : "core/src/test/resources/enrich-entity");
        Map<String, String> texts = new HashMap<>();
        Map<String, Published> dates = new HashMap<>();
        for (String line : Files.readAllLines(seeds)) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                texts.put(n.get("id").asText(), n.path("text").asText(""));
                JsonNode p = n.path("published");
                dates.put(n.get("id").asText(), p.isTextual()
                        ? Published.ofDate(LocalDate.ofInstant(Instant.parse(p.asText()), ZoneOffset.UTC)) : null);
            }
        }
        EntityExtractor entities = new EntityExtractor();
        QuoteExtractor quotes = new QuoteExtractor();
        for (String name : List.of("gold.json", "gold-heldout.json")) {
            GoldSet gold;
            try (InputStream in = Files.newInputStream(golds.resolve(name))) {
                gold = GoldSet.read(in);
            }
            GoldScores.Report r = GoldScores.score(gold, texts, dates, entities, quotes);
            System.out.printf("%-18s %d articles%n", name, gold.articles().size());
            System.out.println("  entities  " + r.entities());
            System.out.println("  quotes    " + r.quotes());
            System.out.println("  speakers  " + r.attributed() + "  (quotes holding a gold snippet: right speaker)");
        }
        List<String> corpus = new ArrayList<>(texts.values());
        if (args.length > 2) {
            JSON.readTree(Path.of(args[2]).toFile()).fields().forEachRemaining(e -> {
                String body = e.getValue().path("articleBody").asText("");
                if (!body.isBlank()) {
                    corpus.add(body);
                }
            });
        }
        speed(corpus, entities, quotes);
    }

    private static void speed(List<String> corpus, EntityExtractor entities, QuoteExtractor quotes) {
        long chars = corpus.stream().mapToLong(String::length).sum();
        for (int round = 0; round < 3; round++) {
            for (String text : corpus) {
                quotes.extract(text, entities.extract(text), null, null);
            }
        }
        double[] alone = new double[corpus.size()];
        double[] both = new double[corpus.size()];
        int found = 0;
        int said = 0;
        for (int i = 0; i < corpus.size(); i++) {
            String text = corpus.get(i);
            long start = System.nanoTime();
            ArticleEntities e = entities.extract(text);
            alone[i] = (System.nanoTime() - start) / 1e6;
            found += e.entities().size();
            start = System.nanoTime();
            ArticleEntities again = entities.extract(text);
            said += quotes.extract(text, again, null, null).size();
            both[i] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf("speed on %d articles (%.1f MB, mean %.0f characters), 1 thread:%n", corpus.size(),
                chars / 1e6, (double) chars / corpus.size());
        report("  entities          ", alone, chars);
        report("  entities + quotes ", both, chars);
        System.out.printf("  found %d entities and %d quotes%n", found, said);
    }

    private static void report(String label, double[] millis, long chars) {
        double total = Arrays.stream(millis).sum();
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("%s %7.0f articles/s  %6.2f MB/s   per article: mean %.2f ms, p50 %.2f ms, p95 %.2f ms, "
                        + "max %.2f ms%n", label, millis.length / (total / 1000), chars / 1e6 / (total / 1000),
                total / millis.length, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)],
                sorted[sorted.length - 1]);
    }
}
