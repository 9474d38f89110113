package org.storyline.bench.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.storyline.extract.html.HtmlExtractor;

/**
 * Single-thread throughput, end to end: gunzip the stored bytes, decode, extract, write the JSON string.
 * Warm-up rounds let the JIT settle; the figure is the median of the measured rounds.
 */
final class SpeedRun {

    /**
     * Pages per wall-clock second of the measured rounds (median, min, max), and pages per second of this
     * thread's CPU time (median), which other load on the machine disturbs less.
     */
    record Result(double median, double min, double max, double cpuMedian, int rounds, int pagesPerRound) {
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] rates = new double[rounds];
        double[] cpuRates = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            sink += round(pages);
            rates[i] = pages.size() / ((System.nanoTime() - start) / 1e9);
            cpuRates[i] = pages.size() / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
        if (sink == 42) {
            System.out.print(""); // keeps the JIT from discarding the work
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        return new Result(rates[rounds / 2], rates[0], rates[rounds - 1], cpuRates[rounds / 2], rounds, pages.size());
    }

    private long round(List<BenchPage> pages) {
        long chars = 0;
        for (BenchPage page : pages) {
            chars += json.write(extractor.extract(page.html(), page.url())).length();
        }
        return chars;
    }
}
