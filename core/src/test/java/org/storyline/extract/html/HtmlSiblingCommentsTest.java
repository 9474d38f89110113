package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reader comments set out as siblings of the post, after a mark where they begin, are not the article. */
class HtmlSiblingCommentsTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void commentsAfterTheirMarkAreLeftOut() throws IOException {
        String text = extractor.extract(page("sibling-comments.html"), null).text();
        assertThat(text).startsWith("For ten years I bought a new tool")
                .contains("beats owning three you have never sharpened")
                .doesNotContain("same drawer full of gadgets").doesNotContain("how people get hurt");
    }

    @Test
    void aMarkBeforeAnyProseLeavesTheArticle() throws IOException {
        String text = extractor.extract(page("early-anchor.html"), null).text();
        assertThat(text).startsWith("The old harbour wall").contains("most of their catch is landed");
    }

    private static String page(String name) throws IOException {
        try (InputStream in = HtmlSiblingCommentsTest.class.getResourceAsStream("/extract/comments/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
