package org.storyline.bench.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.storyline.extract.html.ShingleScore;

/**
 * Per-page scores of one set, summed into rows: the whole set, its tuning and held-back parts, and each
 * language; titles compared exactly once normalised (Unicode NFKC, case, whitespace, quote and dash forms).
 */
final class ScoreTable {

    /** One page's outcome: body match and, when the set has gold titles, whether ours equals it. */
    record Row(BenchPage page, ShingleScore.Match match, ShingleScore.Match withHeadline, String title) {

        double f1() {
            double p = match.precision();
            double r = match.recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Boolean titleExact() {
            return page.goldTitle() == null ? null : normalise(page.goldTitle()).equals(normalise(title));
        }
    }

    private final String set;
    private final boolean headlineInGold;
    private final List<Row> rows = new ArrayList<>();

    /**
     * @param headlineInGold the set's gold text starts with the headline (its README says so), so a second
     *                       row scores our title and body together against it
     */
    ScoreTable(String set, boolean headlineInGold) {
        this.set = set;
        this.headlineInGold = headlineInGold;
    }

    void add(Row row) {
        rows.add(row);
    }

    List<Row> rows() {
        return rows;
    }

    void print() {
        System.out.printf("%n== %s (%d pages)%n", set, rows.size());
        System.out.printf("%-22s %6s %7s %7s %7s %9s%n", "part", "pages", "F1", "P", "R", "title=");
        line("all", rows);
        if (headlineInGold) {
            lineWithHeadline("all, headline + body", rows);
            lineWithHeadline("held back, headline+body", rows.stream().filter(r -> r.page().heldBack()).toList());
        }
        line("tuning (2/3)", rows.stream().filter(r -> !r.page().heldBack()).toList());
        line("held back (1/3)", rows.stream().filter(r -> r.page().heldBack()).toList());
        Map<String, List<Row>> byLanguage = new TreeMap<>();
        for (Row row : rows) {
            byLanguage.computeIfAbsent(row.page().language(), k -> new ArrayList<>()).add(row);
        }
        if (byLanguage.size() > 1) {
            byLanguage.entrySet().stream()
                    .sorted((a, b) -> b.getValue().size() - a.getValue().size())
                    .forEach(e -> line("  lang " + e.getKey(), e.getValue()));
        }
    }

    private static void line(String label, List<Row> part) {
        if (part.isEmpty()) {
            return;
        }
        ShingleScore.Summary s = ShingleScore.summarize(part.stream().map(Row::match).toList());
        long titled = part.stream().filter(r -> r.titleExact() != null).count();
        long exact = part.stream().filter(r -> Boolean.TRUE.equals(r.titleExact())).count();
        String title = titled == 0 ? "" : String.format("%.3f", (double) exact / titled);
        System.out.printf("%-22s %6d %7.3f %7.3f %7.3f %9s%n", label, part.size(), s.f1(), s.precision(),
                s.recall(), title);
    }

    private static void lineWithHeadline(String label, List<Row> part) {
        ShingleScore.Summary s = ShingleScore.summarize(part.stream().map(Row::withHeadline).toList());
        System.out.printf("%-22s %6d %7.3f %7.3f %7.3f%n", label, part.size(), s.f1(), s.precision(), s.recall());
    }

    /** NFKC, lower case, one space, typographic quotes and dashes as their ASCII forms. */
    static String normalise(String title) {
        if (title == null) {
            return "";
        }
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("[‘’‚‛′`´]", "'").replaceAll("[“”„‟″«»]", "\"").replaceAll("[‐‑‒–—―]", "-");
        return s.replaceAll("\\p{Cf}", "").replaceAll("\\s+", " ").strip();
    }
}
