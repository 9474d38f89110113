package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A section front (other stories' linked headlines, each over its summary) has no article body. */
class HtmlTeaserListTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void aSectionFrontOfTeasersHasNoBody() throws IOException {
        assertThat(extractor.extract(page("section-front.html"), null).text()).isEmpty();
    }

    @Test
    void aShortArticleAboveATeaserBoxKeepsItsText() throws IOException {
        String text = extractor.extract(page("short-article.html"), null).text();
        assertThat(text).startsWith("The first ferry of the day").contains("the last evening boat would not change");
    }

    private static String page(String name) throws IOException {
        try (InputStream in = HtmlTeaserListTest.class.getResourceAsStream("/extract/teasers/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
