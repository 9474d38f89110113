package org.storyline.bench.intel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.storyline.enrich.LanguageGuesser;
import org.storyline.enrich.account.AccountExtractor;
import org.storyline.enrich.analysis.StoryAnalysis;
import org.storyline.enrich.analysis.StoryAnalyzer;
import org.storyline.enrich.claim.ClaimExtractor;
import org.storyline.enrich.outlet.OutletRegistry;
import org.storyline.enrich.summary.SummaryInput;
import org.storyline.enrich.summary.Summarizer;
import org.storyline.enrich.timeline.EventExtractor;
import org.storyline.enrich.timeline.SentenceSplitter;
import org.storyline.model.Article;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;

/**
 * Speed of the story intelligence stages: per article (sentence split, events, counts, accounts, summary
 * paragraph, language) and per story (the whole {@link StoryAnalyzer} on stories of growing size).
 *
 * <pre>
 * bin/bench StoryIntelBench core/src/test/resources/cluster/seed-articles.jsonl
 * </pre>
 *
 * Stories larger than the seed story are the seed articles repeated with their ids and a word of each
 * sentence changed, so grouping sees distinct articles making the same claims; each analysed from scratch and
 * when one more article joins (the others already read). One thread; warm-up rounds
 * first.
 */
public final class StoryIntelBench {

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: StoryIntelBench SEED_ARTICLES_JSONL");
            System.exit(2);
        }
        List<StoredArticle> seeds = read(Path.of(args[0]));
        long words = seeds.stream().mapToLong(a -> a.article().wordCount()).sum();
        System.out.printf("%d seed articles, %d words (mean %d)%n", seeds.size(), words, words / seeds.size());
        SentenceSplitter sentences = new SentenceSplitter();
        perArticle("sentences", seeds, a -> sentences.split(a.article().text()));
        EventExtractor events = new EventExtractor(sentences);
        perArticle("events", seeds, a -> events.extract(a.id(), a.article().text(), a.article().published()));
        ClaimExtractor claims = new ClaimExtractor(sentences);
        perArticle("counts", seeds, a -> claims.extract(a.id(), a.article().text()));
        AccountExtractor accounts = new AccountExtractor(sentences);
        perArticle("accounts", seeds, a -> accounts.extract(a.id(), a.article().text()));
        Summarizer summarizer = new Summarizer(sentences);
        perArticle("paragraph", seeds, a -> summarizer.paragraph(new SummaryInput(a.id(), a.article().text()), 3));
        LanguageGuesser languages = new LanguageGuesser();
        perArticle("language", seeds, a -> languages.guess(a.article().text()));
        for (int size : new int[] {seeds.size(), 50, 150}) {
            perStory(grow(seeds, size));
        }
    }

    private static void perArticle(String stage, List<StoredArticle> articles, Consumer<StoredArticle> work) {
        for (int round = 0; round < 20; round++) {
            articles.forEach(work);
        }
        int rounds = 50;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            articles.forEach(work);
        }
        double perArticle = (System.nanoTime() - start) / 1e6 / (rounds * articles.size());
        System.out.printf("%-10s %7.3f ms/article  %8.0f articles/s%n", stage, perArticle, 1000 / perArticle);
    }

    /**
     * A story analysed from scratch (a new analyser each round: every article read), then as the pipeline meets it
     * when one article joins (the analyser has read the others: only the new one is read).
     */
    private static void perStory(List<StoredArticle> story) {
        List<StoredArticle> before = story.subList(0, story.size() - 1);
        for (int round = 0; round < 3; round++) {
            new StoryAnalyzer(OutletRegistry.shipped()).analyze(story);
        }
        int rounds = 5;
        long cold = 0;
        long again = 0;
        StoryAnalysis last = null;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            new StoryAnalyzer(OutletRegistry.shipped()).analyze(story);
            cold += System.nanoTime() - start;
            StoryAnalyzer growing = new StoryAnalyzer(OutletRegistry.shipped());
            growing.analyze(before);
            start = System.nanoTime();
            last = growing.analyze(story);
            again += System.nanoTime() - start;
        }
        double coldMs = cold / 1e6 / rounds;
        double againMs = again / 1e6 / rounds;
        System.out.printf("story of %3d articles: %8.1f ms from scratch (%.2f ms/article), %8.1f ms when one more"
                        + " joins; %d events, %d count groups, %d disputed, %d account topics%n", story.size(), coldMs,
                coldMs / story.size(), againMs, last.timeline().size(), last.claims().size(),
                last.disputedClaims().size(), last.accounts().size());
    }

    /** The seeds repeated up to {@code size} articles, each repeat with a distinct id and one word changed. */
    private static List<StoredArticle> grow(List<StoredArticle> seeds, int size) {
        List<StoredArticle> out = new ArrayList<>();
        for (int i = 0; out.size() < size; i++) {
            StoredArticle s = seeds.get(i % seeds.size());
            int round = i / seeds.size();
            Article a = s.article();
            String text = round == 0 ? a.text() : a.text().replace(" the ", " the r" + round + " ");
            out.add(new StoredArticle(new Article(a.id() + "-" + round, a.title(), a.outlet() + (round == 0 ? "" : " " + round),
                    null, a.published(), null, null, "en", List.of(), text, "bench"), null, "s"));
        }
        return out;
    }

    private static List<StoredArticle> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<StoredArticle> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            if (!"russia-azerbaijan-rift".equals(n.path("expected_story").asText())) {
                continue;
            }
            Published published = n.path("published").isTextual()
                    ? Published.ofDate(LocalDate.ofInstant(Instant.parse(n.get("published").asText()), java.time.ZoneOffset.UTC))
                    : Published.ofDate(LocalDate.of(2025, 7, 4));
            String id = n.get("id").asText();
            out.add(new StoredArticle(new Article(id, n.path("title").asText(id), id.replaceAll("-.*", ""), null,
                    published, null, null, "en", List.of(), n.path("text").asText(), "seed"), null, "s"));
        }
        return out;
    }
}
