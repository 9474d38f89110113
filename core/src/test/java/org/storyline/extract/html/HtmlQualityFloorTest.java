package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The quality gate: mean word-shingle F1 on twelve shipped pages of the Scrapinghub benchmark (see
 * {@code src/test/resources/extract/SOURCES.md}) stays at or above a pinned floor. Raise the floor when the
 * score rises; lowering it is a decision to write in the commit message.
 */
class HtmlQualityFloorTest {

    /**
     * Measured 0.990 (P 0.990, R 0.989) when pinned, 0.988 (P 0.993, R 0.984) since copies of a paragraph
     * come out once (one sample page repeats a line the gold keeps twice); 0.98 leaves room for one page to shift
     * a little. The full 181-page set scores 0.983 in the bench. Lowered to 0.97 on purpose when the standfirst (the
     * summary a page shows under its headline and gives as its description) became the article's opening: readers
     * and the fundus and Dragnet golds take it as the article's, Scrapinghub's gold keeps it apart (a separate
     * "description" field), so the sample went 0.988 -> 0.974 and the full set 0.984 -> 0.980 (issue 14's target
     * for it: 0.975).
     */
    private static final double F1_FLOOR = 0.97;
    private static final String ROOT = "/extract/scrapinghub/";

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void sampleScoresAtLeastTheFloor() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(resource(ROOT + "ground-truth.json"));
        List<ShingleScore.Match> matches = new ArrayList<>();
        for (Map.Entry<String, JsonNode> page : truth.properties()) {
            String html = gunzip(ROOT + "html/" + page.getKey() + ".html.gz");
            Extraction extraction = extractor.extract(html, URI.create(page.getValue().path("url").asText()));
            matches.add(ShingleScore.match(page.getValue().path("articleBody").asText(), extraction.text()));
        }
        ShingleScore.Summary summary = ShingleScore.summarize(matches);
        System.out.printf("extraction sample: F1 %.4f P %.4f R %.4f over %d pages%n", summary.f1(),
                summary.precision(), summary.recall(), summary.pages());
        assertThat(matches).hasSize(12);
        assertThat(summary.f1()).isGreaterThanOrEqualTo(F1_FLOOR);
    }

    private static InputStream resource(String path) {
        InputStream in = HtmlQualityFloorTest.class.getResourceAsStream(path);
        assertThat(in).as("test resource %s", path).isNotNull();
        return in;
    }

    private static String gunzip(String path) throws IOException {
        try (InputStream in = new GZIPInputStream(resource(path))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
