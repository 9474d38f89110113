package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The summary a page shows under its headline and gives as its description opens the body. */
class HtmlStandfirstTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void theStandfirstInTheArticleHeaderOpensTheBody() throws IOException {
        String text = extractor.extract(page("header-standfirst.html"), null).text();
        assertThat(text).startsWith("Boats run again from Friday, two months after storms damaged the pier")
                .contains("The ferry between the mainland").doesNotContain("Saturday market");
        assertThat(text.split("\n\n")).hasSize(5);
    }

    @Test
    void aTeaserLinkRepeatingTheDescriptionIsNotAStandfirst() throws IOException {
        String text = extractor.extract(page("teaser-summary.html"), null).text();
        assertThat(text).startsWith("The town library will open until nine").doesNotContain("petition signed by");
    }

    private static String page(String name) throws IOException {
        try (InputStream in = HtmlStandfirstTest.class.getResourceAsStream("/extract/standfirst/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
