package org.storyline.enrich.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.storyline.enrich.gold.GoldScores;
import org.storyline.enrich.gold.GoldSet;
import org.storyline.enrich.quote.QuoteExtractor;
import org.storyline.enrich.timeline.SeedCorpus;
import org.storyline.model.Published;

/**
 * The seed articles scored against the hand-made gold lists: {@code /enrich-entity/gold.json} (the rift story,
 * on which the rules were developed) and {@code /enrich-entity/gold-heldout.json} (the other stories, held out).
 */
public final class SeedGold {

    public static final String DEVELOPMENT = "/enrich-entity/gold.json";
    public static final String HELD_OUT = "/enrich-entity/gold-heldout.json";

    private static final Map<String, GoldScores.Report> REPORTS = new HashMap<>();

    private SeedGold() {
    }

    /** The report on one gold list, computed once per test run and printed. */
    public static synchronized GoldScores.Report report(String resource) {
        GoldScores.Report report = REPORTS.get(resource);
        if (report == null) {
            GoldSet gold;
            try (InputStream in = SeedGold.class.getResourceAsStream(resource)) {
                gold = GoldSet.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> texts = new HashMap<>();
            Map<String, Published> dates = new HashMap<>();
            for (SeedCorpus.Item item : SeedCorpus.read().items()) {
                texts.put(item.id(), item.text());
                dates.put(item.id(), item.published());
            }
            report = GoldScores.score(gold, texts, dates, new EntityExtractor(), new QuoteExtractor());
            report.wrong().forEach(w -> System.out.println("not in gold: " + w));
            report.missed().forEach(m -> System.out.println("gold missed: " + m));
            System.out.println(resource + " entities: " + report.entities());
            System.out.println(resource + " quotes:   " + report.quotes());
            System.out.println(resource + " speakers: " + report.attributed());
            REPORTS.put(resource, report);
        }
        return report;
    }
}
