package org.storyline.bench.extract;

import java.util.List;
import org.storyline.extract.html.HtmlExtractor;

/**
 * Single-thread throughput, end to end: gunzip the stored bytes, decode, extract, write the JSON string.
 * Warm-up rounds let the JIT settle; the figure is the median of the measured rounds.
 */
final class SpeedRun {

    /** Pages per second of each measured round, and their median. */
    record Result(double median, double min, double max, int rounds, int pagesPerRound) {
    }

    private final HtmlExtractor extractor;
    private final ExtractionJson json = new ExtractionJson();

    SpeedRun(HtmlExtractor extractor) {
        this.extractor = extractor;
    }

    Result run(List<BenchPage> pages, int warmups, int rounds) {
        long sink = 0;
        for (int i = 0; i < warmups; i++) {
            sink += round(pages);
        }
        double[] rates = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            sink += round(pages);
            rates[i] = pages.size() / ((System.nanoTime() - start) / 1e9);
        }
        if (sink == 42) {
            System.out.print(""); // keeps the JIT from discarding the work
        }
        java.util.Arrays.sort(rates);
        return new Result(rates[rounds / 2], rates[0], rates[rounds - 1], rounds, pages.size());
    }

    private long round(List<BenchPage> pages) {
        long chars = 0;
        for (BenchPage page : pages) {
            chars += json.write(extractor.extract(page.html(), page.url())).length();
        }
        return chars;
    }
}
