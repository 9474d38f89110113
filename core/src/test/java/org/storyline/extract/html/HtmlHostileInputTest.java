package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Inputs that break naive extractors: each must give a result, never an exception or a stack overflow. */
@Timeout(60)
class HtmlHostileInputTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void hundredThousandNestedDivs() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep down, a paragraph that says something, "
                + "with commas, and enough words to count.</p>" + "</div>".repeat(100_000) + "</body></html>";
        Extraction e = extractor.extract(html, null);
        assertThat(e.text()).contains("Deep down");
    }

    @Test
    void hundredThousandUnclosedElements() {
        Extraction e = extractor.extract("<body>" + "<span><b><i>".repeat(30_000) + "text", null);
        assertThat(e).isNotNull();
    }

    @Test
    void hugeAttribute() {
        String html = "<html><head><meta name=\"author\" content=\"" + "x".repeat(2_000_000) + "\"></head><body><p class=\""
                + "a ".repeat(500_000) + "\">Body text, long enough to be a paragraph, with a comma or two.</p></body></html>";
        Extraction e = extractor.extract(html, URI.create("https://example.org/"));
        assertThat(e.text()).contains("Body text");
    }

    @Test
    void fiveMegabytesOfText() {
        String sentence = "This sentence, repeated, makes a very long article body for the extractor. ";
        String html = "<html><body><article><p>" + sentence.repeat(5_000_000 / sentence.length())
                + "</p></article></body></html>";
        long start = System.nanoTime();
        Extraction e = extractor.extract(html, null);
        assertThat(e.text().length()).isGreaterThan(4_000_000);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void brokenTags() {
        String html = "<html><body><div class=\"story\"><p>First paragraph, unclosed <b>bold <i>italic<p>Second "
                + "paragraph, with a comma</div></span></table><<>><p =\"x\">Third</p><!-- unclosed comment";
        Extraction e = extractor.extract(html, null);
        assertThat(e.text()).contains("First paragraph", "Second paragraph");
    }

    @Test
    void scriptOnlyPageHasNoText() {
        String html = "<html><head><script>var a = 'some words, more words, words';</script></head><body>"
                + "<script>document.write('Hello, world, from a script that runs long enough');</script>"
                + "<noscript>Please enable JavaScript to view this page, thank you.</noscript></body></html>";
        Extraction e = extractor.extract(html, null);
        assertThat(e.text()).isEmpty();
        assertThat(e.hasText()).isFalse();
    }

    @Test
    void noBodyNullAndEmptyInput() {
        assertThat(extractor.extract("<html><head><title>Only a title</title></head></html>", null).title())
                .isEqualTo("Only a title");
        assertThat(extractor.extract("", null).text()).isEmpty();
        assertThat(extractor.extract(null, null).text()).isEmpty();
        assertThat(extractor.extract("just text, no tags at all", null)).isNotNull();
    }

    @Test
    void brokenJsonLdAndDatesAreIgnored() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
                + "</script><meta property=\"article:published_time\" content=\"not a date\">"
                + "<script type=\"application/ld+json\">" + "[".repeat(5000) + "</script></head>"
                + "<body><p>Text</p></body></html>";
        Extraction e = extractor.extract(html, null);
        assertThat(e.published()).isNull();
    }
}
