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
        int titleExact = 0, titleLoose = 0, bylinePages = 0, bylineExact = 0, bylineMatch = 0, noByline = 0, noBylineAgree = 0;
        List<ShingleScore.Match> bodies = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Path dir : dirs) {
            String html = Files.readString(dir.resolve("source.html"), StandardCharsets.UTF_8);
            Extraction e = extractor.extract(html, null);
            JsonNode expected = mapper.readTree(dir.resolve("expected-metadata.json").toFile());
            String title = expected.path("title").asText(null);
            if (title != null && title.equals(e.title())) {
                titleExact++;
            }
            if (title != null && loose(title).equals(loose(e.title()))) {
                titleLoose++;
            } else {
                misses.add(dir.getFileName() + " title: want [" + title + "] got [" + e.title() + "]");
            }
            String byline = expected.path("byline").isTextual() ? expected.get("byline").asText() : null;
            if (byline != null && !byline.isBlank()) {
                bylinePages++;
                bylineExact += loose(byline).replaceFirst("^by ", "").equals(loose(e.byline())) ? 1 : 0;
                if (bylineAgrees(byline, e.byline())) {
                    bylineMatch++;
                } else {
                    misses.add(dir.getFileName() + " byline: want [" + byline + "] got [" + e.byline() + "]");
                }
            } else {
                noByline++;
                noBylineAgree += e.byline() == null ? 1 : 0;
            }
            Path expectedHtml = dir.resolve("expected.html");
            if (Files.isRegularFile(expectedHtml)) {
                String gold = Jsoup.parse(Files.readString(expectedHtml, StandardCharsets.UTF_8)).text();
                bodies.add(ShingleScore.match(gold, e.text()));
            }
        }
        return new Result(dirs.size(), titleExact, titleLoose, bylinePages, bylineExact, bylineMatch, noByline, noBylineAgree,
                ShingleScore.summarize(bodies), misses);
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
