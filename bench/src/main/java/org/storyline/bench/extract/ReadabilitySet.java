package org.storyline.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.storyline.extract.html.Extraction;
import org.storyline.extract.html.HtmlExtractor;
import org.storyline.extract.html.ShingleScore;

/**
 * Mozilla Readability's test pages ({@code test-pages/<name>/source.html}, {@code expected-metadata.json},
 * {@code expected.html}): how often our title and byline agree with Readability's, and the shingle score of
 * our body against Readability's expected article text.
 */
final class ReadabilitySet {

    /** Agreement figures over the set. */
    record Result(int pages, int titleExact, int titleLoose, int bylinePages, int bylineExact, int bylineMatch,
                  int noBylinePages, int noBylineAgree, ShingleScore.Summary body, List<String> misses) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final Path root;

    ReadabilitySet(Path root) {
        this.root = root;
    }

    static boolean isOne(Path dir) {
        return Files.isDirectory(dir.resolve("test-pages"));
    }

    Result run(HtmlExtractor extractor) throws IOException {
        List<Path> dirs;
        try (Stream<Path> listing = Files.list(root.resolve("test-pages"))) {
            dirs = listing.filter(d -> Files.isRegularFile(d.resolve("source.html"))).sorted().toList();
        }
        Tally tally = new Tally();
        for (Path dir : dirs) {
            String html = Files.readString(dir.resolve("source.html"), StandardCharsets.UTF_8);
            Extraction e = extractor.extract(html, null);
            JsonNode expected = mapper.readTree(dir.resolve("expected-metadata.json").toFile());
            String name = dir.getFileName().toString();
            tally.title(name, expected.path("title").asText(null), e.title());
            tally.byline(name, expected.path("byline").isTextual() ? expected.get("byline").asText() : null, e.byline());
            Path expectedHtml = dir.resolve("expected.html");
            if (Files.isRegularFile(expectedHtml)) {
                String gold = Jsoup.parse(Files.readString(expectedHtml, StandardCharsets.UTF_8)).text();
                tally.bodies.add(ShingleScore.match(gold, e.text()));
            }
        }
        return new Result(dirs.size(), tally.titleExact, tally.titleLoose, tally.bylinePages, tally.bylineExact,
                tally.bylineMatch, tally.noByline, tally.noBylineAgree, ShingleScore.summarize(tally.bodies),
                tally.misses);
    }

    /** Running counts while the pages are read. */
    private static final class Tally {
        int titleExact;
        int titleLoose;
        int bylinePages;
        int bylineExact;
        int bylineMatch;
        int noByline;
        int noBylineAgree;
        final List<ShingleScore.Match> bodies = new ArrayList<>();
        final List<String> misses = new ArrayList<>();

        void title(String page, String want, String got) {
            if (want == null) {
                return;
            }
            titleExact += want.equals(got) ? 1 : 0;
            if (loose(want).equals(loose(got))) {
                titleLoose++;
            } else {
                misses.add(page + " title: want [" + want + "] got [" + got + "]");
            }
        }

        void byline(String page, String want, String got) {
            if (want == null || want.isBlank()) {
                noByline++;
                noBylineAgree += got == null ? 1 : 0;
                return;
            }
            bylinePages++;
            bylineExact += loose(want).replaceFirst("^by ", "").equals(loose(got)) ? 1 : 0;
            if (bylineAgrees(want, got)) {
                bylineMatch++;
            } else {
                misses.add(page + " byline: want [" + want + "] got [" + got + "]");
            }
        }
    }

    /** Case, whitespace and punctuation ignored. */
    private static String loose(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A match when the names agree loosely once a leading "By" is dropped from both sides. */
    private static boolean bylineAgrees(String expected, String got) {
        if (got == null) {
            return false;
        }
        String want = loose(expected).replaceFirst("^by ", "");
        String have = loose(got).replaceFirst("^by ", "");
        return !have.isEmpty() && (want.equals(have) || want.contains(have) || have.contains(want));
    }
}
