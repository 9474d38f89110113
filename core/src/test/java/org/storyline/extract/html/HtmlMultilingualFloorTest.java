package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.text.PageCharset;

/**
 * The multilingual quality gate: nine pages written for these tests (German, Russian, Japanese, Chinese,
 * Arabic, Korean, Turkish, Greek, Polish; see {@code src/test/resources/extract/SOURCES.md}) in five page
 * layouts with their furniture in the page's language (menus, share bars, "read also" lists, cookie
 * banners, reader comments, footers). Every page must give its body above a per-page floor and its title,
 * outlet, author, date and language exactly; the mean body score must stay above the pinned floor.
 */
class HtmlMultilingualFloorTest {

    /** Measured 1.000 on every page when pinned; a page may lose a line before the gate closes. */
    private static final double MEAN_FLOOR = 0.98;
    private static final double PAGE_FLOOR = 0.95;
    private static final String ROOT = "/extract/multilingual/";

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void everyPageKeepsItsArticleAndMetadata() throws IOException {
        List<ShingleScore.Match> matches = new ArrayList<>();
        for (JsonNode gold : gold()) {
            String file = gold.path("file").asText();
            String html = PageCharset.decode(bytes(ROOT + file), null);
            Extraction e = extractor.extract(html, URI.create(gold.path("url").asText()));
            ShingleScore.Match m = ShingleScore.match(gold.path("text").asText(), e.text());
            matches.add(m);
            double f1 = ShingleScore.summarize(List.of(m)).f1();
            System.out.printf("multilingual %-20s F1 %.3f title=%s outlet=%s%n", file, f1, e.title(), e.outlet());
            assertThat(f1).as("body of %s: %s", file, e.text()).isGreaterThanOrEqualTo(PAGE_FLOOR);
            assertThat(e.title()).as("title of %s", file).isEqualTo(gold.path("title").asText());
            assertThat(e.outlet()).as("outlet of %s", file).isEqualTo(gold.path("outlet").asText());
            assertThat(e.byline()).as("byline of %s", file).isEqualTo(gold.path("byline").asText());
            assertThat(e.language()).as("language of %s", file).startsWith(gold.path("lang").asText());
            Instant published = OffsetDateTime.parse(gold.path("published").asText()).toInstant();
            assertThat(e.published()).as("date of %s", file).isNotNull();
            assertThat(e.published().instant()).as("date of %s", file).isEqualTo(published);
        }
        ShingleScore.Summary summary = ShingleScore.summarize(matches);
        System.out.printf("multilingual sample: F1 %.4f P %.4f R %.4f over %d pages%n", summary.f1(),
                summary.precision(), summary.recall(), summary.pages());
        assertThat(matches).hasSize(9);
        assertThat(summary.f1()).isGreaterThanOrEqualTo(MEAN_FLOOR);
    }

    private static List<JsonNode> gold() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> pages = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(resource(ROOT + "gold.jsonl"),
                StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (!line.isBlank()) {
                    pages.add(mapper.readTree(line));
                }
            }
        }
        return pages;
    }

    private static byte[] bytes(String path) throws IOException {
        try (InputStream in = resource(path)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String path) {
        InputStream in = HtmlMultilingualFloorTest.class.getResourceAsStream(path);
        assertThat(in).as("test resource %s", path).isNotNull();
        return in;
    }
}
