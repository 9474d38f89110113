package org.storyline.enrich.gold;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.enrich.entity.ArticleEntities;
import org.storyline.enrich.entity.EntityExtractor;
import org.storyline.enrich.entity.NameKey;
import org.storyline.enrich.quote.QuoteExtractor;
import org.storyline.model.Entity;
import org.storyline.model.Published;
import org.storyline.model.Quote;

/**
 * Scores the entity and quote stages on a {@link GoldSet}.
 *
 * <pre>{@code
 * GoldScores.Report r = GoldScores.score(gold, texts, dates, new EntityExtractor(), new QuoteExtractor());
 * r.entities().precision()
 * }</pre>
 *
 * <p>An extracted entity is right when a gold entity of the article has its type and shares a spelling key
 * ({@link NameKey}) with it; a gold entity is found when some extracted entity is right for it. An extracted
 * quote is right when it contains a gold snippet of the article (letters and digits compared, case ignored) and
 * its speaker's name has a key of that gold speaker's spellings. {@code attributed} counts, among extracted
 * quotes holding a gold snippet, those with the right speaker.
 */
public final class GoldScores {

    /** Counts and the ratios from them. */
    public record Score(int right, int extracted, int found, int gold) {

        public double precision() {
            return extracted == 0 ? 1 : (double) right / extracted;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) found / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "precision %.3f (%d/%d), recall %.3f (%d/%d), F1 %.3f", precision(),
                    right, extracted, recall(), found, gold, f1());
        }
    }

    /** Scores with the misses and the wrong extractions, for reading. */
    public record Report(Score entities, Score quotes, Score attributed, List<String> wrong, List<String> missed) {
    }

    private GoldScores() {
    }

    public static Report score(GoldSet gold, Map<String, String> texts, Map<String, Published> dates,
                               EntityExtractor entities, QuoteExtractor quotes) {
        int[] e = new int[4];
        int[] q = new int[4];
        int[] a = new int[2];
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        gold.articles().forEach((id, expected) -> {
            String text = texts.get(id);
            if (text == null) {
                throw new IllegalArgumentException("gold: no text for article " + id);
            }
            ArticleEntities found = entities.extract(text);
            Set<GoldSet.Entity> hit = new HashSet<>();
            for (Entity x : found.entities()) {
                List<GoldSet.Entity> matches = expected.entities().stream().filter(g -> same(g, x)).toList();
                e[1]++;
                if (matches.isEmpty()) {
                    wrong.add(id + " entity " + x.type().label() + " " + x.name());
                } else {
                    e[0]++;
                    hit.addAll(matches);
                }
            }
            e[2] += hit.size();
            e[3] += expected.entities().size();
            expected.entities().stream().filter(g -> !hit.contains(g))
                    .forEach(g -> missed.add(id + " entity " + g.type().label() + " " + g.name()));
            List<Quote> said = quotes.extract(text, found, dates.get(id), null);
            Set<GoldSet.Quote> heard = new HashSet<>();
            for (Quote x : said) {
                q[1]++;
                List<GoldSet.Quote> holding = expected.quotes().stream()
                        .filter(g -> normal(x.text()).contains(normal(g.snippet()))).toList();
                List<GoldSet.Quote> right = holding.stream().filter(g -> speaker(expected, g, x.speakerName())).toList();
                a[1] += holding.isEmpty() ? 0 : 1;
                a[0] += right.isEmpty() ? 0 : 1;
                if (right.isEmpty()) {
                    wrong.add(id + " quote [" + x.speakerName() + "] " + x.text());
                } else {
                    q[0]++;
                    heard.addAll(right);
                }
            }
            q[2] += heard.size();
            q[3] += expected.quotes().size();
            expected.quotes().stream().filter(g -> !heard.contains(g))
                    .forEach(g -> missed.add(id + " quote [" + g.speaker() + "] " + g.snippet()));
        });
        return new Report(new Score(e[0], e[1], e[2], e[3]), new Score(q[0], q[1], q[2], q[3]),
                new Score(a[0], a[1], a[0], a[1]), wrong, missed);
    }

    private static boolean same(GoldSet.Entity g, Entity x) {
        if (g.type() != x.type()) {
            return false;
        }
        Set<String> keys = new HashSet<>();
        g.names().forEach(n -> keys.add(NameKey.of(n)));
        if (keys.contains(NameKey.of(x.name()))) {
            return true;
        }
        return x.aliases().stream().anyMatch(n -> n.contains(" ") && keys.contains(NameKey.of(n)));
    }

    private static boolean speaker(GoldSet.Article article, GoldSet.Quote g, String name) {
        Set<String> keys = new HashSet<>();
        keys.add(NameKey.of(g.speaker()));
        article.entities().stream().filter(e -> e.name().equals(g.speaker()))
                .forEach(e -> e.names().forEach(n -> keys.add(NameKey.of(n))));
        return keys.contains(NameKey.of(name));
    }

    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
