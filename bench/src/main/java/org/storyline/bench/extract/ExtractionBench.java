package org.storyline.bench.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.storyline.extract.html.Extraction;
import org.storyline.extract.html.HtmlExtractor;
import org.storyline.extract.html.ShingleScore;

/**
 * Quality and speed of {@link HtmlExtractor} on benchmark corpora.
 *
 * <pre>
 * java -cp 'bench/target/classes:bench/target/lib/*:core/target/classes' \
 *     org.storyline.bench.extract.ExtractionBench \
 *     /path/extraction-scrapinghub /path/extraction-readability [--details DIR] [--dump FILE] [--rounds N]
 * </pre>
 *
 * <p>A Scrapinghub-layout directory gives word-shingle F1/P/R (scored as the benchmark's evaluate.py does),
 * the same scoring applied to the other extractors' stored outputs (to check the scorer reproduces their
 * published figures) and single-thread pages per second. A Readability-layout directory gives title and
 * byline agreement. A development set ({@code gold.jsonl} + {@code html/}, or a folder of such sets) gives
 * F1/P/R for the whole set, its tuning and held-back parts and each language, title agreement where the
 * set has gold titles, and at the end single-thread pages per second over all its pages from gzip bytes.
 * {@code --details} writes per-page scores, worst first (for development sets: a folder with
 * {@code <set>.tsv} and our text of every page); {@code --dump} writes our bodies in the benchmark's output
 * shape.
 */
public final class ExtractionBench {

    /**
     * Sets whose gold main text begins with the headline, by their READMEs: L3S-GN1 (headline + full text +
     * supplemental spans), Dragnet and CleanPortalEval (the page's main text as a reader copied it). For
     * these a second row scores our title and body together; the first row is the body alone.
     */
    private static final java.util.Set<String> HEADLINE_IN_GOLD = java.util.Set.of("l3s-gn1", "dragnet",
            "cleanportaleval");

    private final HtmlExtractor extractor = new HtmlExtractor();
    private Path details;
    private Path dump;
    private int rounds = 5;
    private long start;
    private final List<BenchPage> allPages = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        ExtractionBench bench = new ExtractionBench();
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--details" -> bench.details = Path.of(args[++i]);
                case "--dump" -> bench.dump = Path.of(args[++i]);
                case "--rounds" -> bench.rounds = Integer.parseInt(args[++i]);
                default -> dirs.add(Path.of(args[i]));
            }
        }
        if (dirs.isEmpty()) {
            System.err.println("usage: ExtractionBench DATASET_DIR... [--details DIR] [--dump FILE] [--rounds N]");
            System.exit(2);
        }
        bench.start = System.nanoTime();
        for (Path dir : dirs) {
            if (ScrapinghubSet.isOne(dir)) {
                bench.scrapinghub(dir);
            } else if (DevSet.isOne(dir)) {
                bench.devSet(dir);
            } else if (isFolderOfSets(dir)) {
                try (var listing = Files.list(dir)) {
                    for (Path set : listing.filter(DevSet::isOne).sorted().toList()) {
                        bench.devSet(set);
                    }
                }
            } else if (ReadabilitySet.isOne(dir)) {
                bench.readability(dir);
            } else {
                System.err.println("not a known benchmark layout: " + dir);
            }
        }
        bench.speedOfAll();
    }

    private static boolean isFolderOfSets(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var listing = Files.list(dir)) {
            return listing.anyMatch(DevSet::isOne);
        }
    }

    /** Scores a development set (gold.jsonl layout) per part and language; keeps its pages for the speed run. */
    private void devSet(Path dir) throws IOException {
        DevSet set = new DevSet(dir);
        List<BenchPage> pages = set.pages();
        boolean headline = HEADLINE_IN_GOLD.contains(set.name());
        ScoreTable table = new ScoreTable(set.name() + ": " + dir, headline);
        for (BenchPage page : pages) {
            Extraction e = extractor.extract(page.html(), page.url());
            ShingleScore.Match body = ShingleScore.match(page.goldBody(), e.text());
            ShingleScore.Match both = headline
                    ? ShingleScore.match(page.goldBody(), (e.title() == null ? "" : e.title() + "\n\n") + e.text())
                    : body;
            table.add(new ScoreTable.Row(page, body, both, e.title()));
            if (details != null) {
                Path out = details.resolve(set.name()).resolve(page.id().replace('/', '_') + ".txt");
                Files.createDirectories(out.getParent());
                Files.writeString(out, "TITLE: " + e.title() + "\nGOLD TITLE: " + page.goldTitle() + "\nOUTLET: "
                        + e.outlet() + "\nBYLINE: " + e.byline() + "\nDATE: " + e.published() + "\n\n" + e.text());
            }
        }
        table.print();
        if (details != null) {
            List<String> lines = new ArrayList<>();
            table.rows().stream().sorted(Comparator.comparingDouble(ScoreTable.Row::f1)).forEach(r ->
                    lines.add(String.format("%.3f\t%.3f\t%.3f\t%s\t%s\t%s\t%s", r.f1(), r.match().precision(),
                            r.match().recall(), r.page().language(), r.page().heldBack() ? "held" : "tune",
                            r.page().id(), Boolean.FALSE.equals(r.titleExact())
                                    ? "title: want [" + r.page().goldTitle() + "] got [" + r.title() + "]" : "")));
            Files.write(details.resolve(set.name() + ".tsv"), lines);
        }
        allPages.addAll(pages);
    }

    /** Single-thread pages per second over every development-set page read, from gzip bytes to JSON. */
    private void speedOfAll() {
        if (allPages.isEmpty() || rounds < 1) {
            return;
        }
        System.out.printf("%n(quality runs took %.0f s)%n", (System.nanoTime() - start) / 1e9);
        SpeedRun.Result speed = new SpeedRun(extractor).run(allPages, 1, Math.max(1, rounds / 2));
        System.out.printf("speed over all %d development pages, one thread, gzip bytes -> charset -> extract -> "
                        + "JSON: %.0f pages/s wall-clock median (min %.0f, max %.0f), %.0f pages per CPU-second; "
                        + "%d rounds after 1 warm-up%n", allPages.size(), speed.median(), speed.min(), speed.max(),
                speed.cpuMedian(), speed.rounds());
    }

    private void scrapinghub(Path dir) throws IOException {
        ScrapinghubSet set = new ScrapinghubSet(dir);
        List<BenchPage> pages = set.pages();
        List<ShingleScore.Match> matches = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        ObjectNode dumped = new ObjectMapper().createObjectNode();
        for (BenchPage page : pages) {
            Extraction e = extractor.extract(page.html(), page.url());
            ShingleScore.Match m = ShingleScore.match(page.goldBody(), e.text());
            matches.add(m);
            rows.add(String.format("%.3f\t%.3f\t%s\t%s", m.precision(), m.recall(), page.id(), page.url()));
            dumped.putObject(page.id()).put("articleBody", e.text());
            if (details != null) {
                Path out = details.resolve("scrapinghub").resolve(page.id() + ".txt");
                Files.createDirectories(out.getParent());
                Files.writeString(out, "TITLE: " + e.title() + "\nOUTLET: " + e.outlet() + "\n\n" + e.text());
            }
        }
        allPages.addAll(pages);
        ShingleScore.Summary ours = ShingleScore.summarize(matches);
        System.out.printf("%n== Scrapinghub article-extraction benchmark: %s (%d pages)%n", dir, pages.size());
        System.out.printf("%-26s %9s %9s %9s%n", "extractor", "F1", "precision", "recall");
        System.out.printf("%-26s %9.3f %9.3f %9.3f%n", "storyline HtmlExtractor", ours.f1(), ours.precision(),
                ours.recall());
        for (Map.Entry<String, ShingleScore.Summary> other : set.otherExtractors(pages).entrySet()) {
            ShingleScore.Summary s = other.getValue();
            System.out.printf("%-26s %9.3f %9.3f %9.3f%n", other.getKey(), s.f1(), s.precision(), s.recall());
        }
        writeDetails(rows);
        if (dump != null) {
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(dump.toFile(), dumped);
        }
        if (rounds < 1) {
            return;
        }
        SpeedRun.Result speed = new SpeedRun(extractor).run(pages, 3, rounds);
        System.out.printf("%nspeed, one thread, gzip bytes -> JSON string: %.0f pages/s wall-clock median "
                        + "(min %.0f, max %.0f), %.0f pages per CPU-second; %d rounds of %d pages after 3 warm-ups%n",
                speed.median(), speed.min(), speed.max(), speed.cpuMedian(), speed.rounds(), speed.pagesPerRound());
    }

    private void writeDetails(List<String> rows) throws IOException {
        if (details == null) {
            return;
        }
        rows.sort(Comparator.comparingDouble(r -> f1(r)));
        Files.createDirectories(details);
        Files.write(details.resolve("scrapinghub.tsv"), rows);
    }

    private static double f1(String row) {
        String[] parts = row.split("\t");
        double p = Double.parseDouble(parts[0]);
        double r = Double.parseDouble(parts[1]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private void readability(Path dir) throws IOException {
        ReadabilitySet.Result r = new ReadabilitySet(dir).run(extractor);
        System.out.printf("%n== Mozilla Readability test pages: %s (%d pages)%n", dir, r.pages());
        System.out.printf("%-44s %5d/%-4d %6.1f%%%n", "title exact", r.titleExact(), r.pages(),
                100.0 * r.titleExact() / r.pages());
        System.out.printf("%-44s %5d/%-4d %6.1f%%%n", "title (case/punctuation ignored)", r.titleLoose(), r.pages(),
                100.0 * r.titleLoose() / r.pages());
        System.out.printf("%-44s %5d/%-4d %6.1f%%%n", "byline equal (pages with a byline)", r.bylineExact(),
                r.bylinePages(), 100.0 * r.bylineExact() / r.bylinePages());
        System.out.printf("%-44s %5d/%-4d %6.1f%%%n", "byline equal or contained", r.bylineMatch(),
                r.bylinePages(), 100.0 * r.bylineMatch() / r.bylinePages());
        System.out.printf("%-44s %5d/%-4d %6.1f%%%n", "no byline where Readability has none", r.noBylineAgree(),
                r.noBylinePages(), 100.0 * r.noBylineAgree() / r.noBylinePages());
        ShingleScore.Summary b = r.body();
        System.out.printf("%-44s F1 %.3f  P %.3f  R %.3f%n", "body vs Readability's expected.html", b.f1(),
                b.precision(), b.recall());
        if (details != null) {
            Files.createDirectories(details);
            Files.write(details.resolve("readability-misses.txt"), r.misses());
        }
    }
}
