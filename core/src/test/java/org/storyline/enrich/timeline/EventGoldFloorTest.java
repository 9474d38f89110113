package org.storyline.enrich.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Quality gate: precision and recall of dated events on the hand-made gold list of the seed articles.
 * An extracted event matches a gold line with the same article, first day and precision whose keyword
 * its sentence contains. Raise the floors when the scores rise; never lower them silently.
 */
class EventGoldFloorTest {

    static final double PRECISION_FLOOR = 0.95;
    static final double RECALL_FLOOR = 0.95;

    record Gold(String articleId, LocalDate date, Precision precision, String keyword) {
        boolean matches(Event e) {
            return e.articleId().equals(articleId) && e.date().equals(date) && e.precision() == precision
                    && e.sentence().toLowerCase(Locale.ROOT).contains(keyword.toLowerCase(Locale.ROOT));
        }
    }

    static List<Gold> gold() {
        List<Gold> out = new ArrayList<>();
        String resource = "/enrich-timeline/gold-events.tsv";
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                EventGoldFloorTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    out.add(new Gold(f[0], LocalDate.parse(f[1]), Precision.valueOf(f[2]), f[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return out;
    }

    @Test
    void precisionAndRecallOnSeedGold() {
        EventExtractor extractor = new EventExtractor(new SentenceSplitter());
        List<Gold> gold = gold();
        List<Event> events = new ArrayList<>();
        for (SeedCorpus.Item item : SeedCorpus.read().rift()) {
            events.addAll(extractor.extract(item.id(), item.text(), item.published()));
        }
        Set<Gold> found = new HashSet<>();
        int correct = 0;
        for (Event e : events) {
            List<Gold> hits = gold.stream().filter(g -> g.matches(e)).toList();
            if (hits.isEmpty()) {
                System.out.println("event not in gold: " + e.articleId() + " " + e.date() + " " + e.expression()
                        + " | " + e.description());
            } else {
                correct++;
                found.addAll(hits);
            }
        }
        gold.stream().filter(g -> !found.contains(g)).forEach(g -> System.out.println("gold event missed: " + g));
        double precision = (double) correct / events.size();
        double recall = (double) found.size() / gold.size();
        System.out.printf(Locale.ROOT, "dated events: precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                precision, correct, events.size(), recall, found.size(), gold.size());
        assertTrue(precision >= PRECISION_FLOOR, "precision " + precision);
        assertTrue(recall >= RECALL_FLOOR, "recall " + recall);
    }
}
