package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.storyline.model.ParsedArticle;
import org.junit.jupiter.api.Test;

/** A page with a body and no headline is an article: its title comes from its opening words. */
class HtmlUntitledTest {

    private static final URI URL = URI.create("https://news.example/quake");
    private static final String LONG_LEAD = "A strong earthquake struck off the coast early on Sunday, shaking "
            + "buildings across the region and sending residents into the streets, officials said. More followed.";

    private final HtmlExtractor html = new HtmlExtractor();

    @Test
    void aPageWithoutAHeadlineWhoseLeadIsLongGetsItsFirstWordsAsTitle() {
        String page = "<html><body><article><p>" + LONG_LEAD + "</p><p>Rescue teams were sent to three towns near "
                + "the epicentre, and the coast guard warned fishing boats to stay in port until the next day.</p>"
                + "</article></body></html>";
        ParsedArticle article = html.toArticle(html.extract(page, URL), URL).orElseThrow();
        assertThat(article.title()).isEqualTo("A strong earthquake struck off the coast early on Sunday, shaking buildings…");
        assertThat(article.text()).startsWith("A strong earthquake");
    }

    @Test
    void aShortFirstParagraphIsTheTitleAsBefore() {
        assertThat(HtmlExtractor.firstLine("Quake hits the coast\n\n" + LONG_LEAD)).isEqualTo("Quake hits the coast");
    }

    @Test
    void aLongSentenceOfFewWordsIsKeptWhole() {
        String lead = "Officials confirmed that the long-delayed reconstruction programme for the earthquake-damaged "
                + "northern provinces would finally begin next spring. " + LONG_LEAD;
        assertThat(HtmlExtractor.firstLine(lead)).isEqualTo("Officials confirmed that the long-delayed reconstruction "
                + "programme for the earthquake-damaged northern provinces…");
    }

    @Test
    void aPageWithoutTextIsStillNoArticle() {
        assertThat(html.toArticle(html.extract("<html><body></body></html>", URL), URL)).isEmpty();
    }
}
