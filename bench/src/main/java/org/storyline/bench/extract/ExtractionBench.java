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
 *     /path/extraction-scrapinghub /path/extraction-readability [--details FILE] [--dump FILE] [--rounds N]
 * </pre>
 *
 * <p>A Scrapinghub-layout directory gives word-shingle F1/P/R (scored as the benchmark's evaluate.py does),
 * the same scoring applied to the other extractors' stored outputs (to check the scorer reproduces their
 * published figures) and single-thread pages per second. A Readability-layout directory gives title and
 * byline agreement. {@code --details} writes per-page scores, worst first; {@code --dump} writes our bodies in
 * the benchmark's output shape.
 */
public final class ExtractionBench {

    private final HtmlExtractor extractor = new HtmlExtractor();
    private Path details;
    private Path dump;
    private int rounds = 5;

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
            System.err.println("usage: ExtractionBench DATASET_DIR... [--details FILE] [--dump FILE] [--rounds N]");
            System.exit(2);
        }
        for (Path dir : dirs) {
            if (ScrapinghubSet.isOne(dir)) {
                bench.scrapinghub(dir);
            } else if (ReadabilitySet.isOne(dir)) {
                bench.readability(dir);
            } else {
                System.err.println("not a known benchmark layout: " + dir);
            }
        }
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
        }
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
        Files.write(details, rows);
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
            Files.write(details.resolveSibling(details.getFileName() + ".readability"), r.misses());
        }
    }
}
