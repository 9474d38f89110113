package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages that render in the browser: the article is a string of markup in the page's hydration data. */
class HtmlHydrationTest {

    private static final String PARAGRAPHS = "\\u003cp\\u003eThe city council approved the new tram line on "
            + "Tuesday, after a debate that lasted most of the evening.\\u003c/p\\u003e\\u003cdiv class=\\\"caption"
            + "\\\"\\u003e\\u003cp\\u003eCouncillors vote. Photo: City archive\\u003c/p\\u003e\\u003c/div\\u003e"
            + "$$ARTICLEAD$$\\u003cp\\u003eWork on the first section starts in spring and should take about two "
            + "years, the transport office said.\\u003c/p\\u003e\\u003cp\\u003eThe line will link the station with "
            + "the university and the hospital, and run every six minutes at peak times.\\u003c/p\\u003e";

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void anArticleOnlyTheQueryCacheHoldsIsExtracted() {
        String html = "<html><head><title>Council approves tram line</title></head><body><div id=\"app\">"
                + "<header><a href=\"/\">Home</a></header><div class=\"article\"></div></div><script>"
                + "window.__QUERY_STATE__ = {\"queries\":[{\"data\":{\"title\":\"Council approves tram line\","
                + "\"teaser\":\"\\u003cp\\u003eA short teaser of the story.\\u003c/p\\u003e\",\"content\":\""
                + PARAGRAPHS + "\"}}]};</script></body></html>";
        String text = extractor.extract(html, null).text();
        assertThat(text).contains("approved the new tram line", "run every six minutes")
                .doesNotContain("ARTICLEAD", "Photo: City archive", "short teaser");
    }

    @Test
    void anArticleInAServerComponentsPayloadIsExtracted() {
        String inner = PARAGRAPHS.replace("\\", "\\\\").replace("\"", "\\\"");
        String html = "<html><head><title>Council approves tram line</title></head><body><div id=\"app\"></div>"
                + "<script>self.__next_f.push([1,\"5:[\\\"$\\\",\\\"div\\\",null,{\\\"html\\\":\\\"" + inner
                + "\\\"}]\"])</script></body></html>";
        String text = extractor.extract(html, null).text();
        assertThat(text).contains("approved the new tram line", "run every six minutes").doesNotContain("ARTICLEAD");
    }

    @Test
    void aPageWithItsOwnTextIgnoresItsScripts() {
        String html = "<html><body><article><p>The bridge will close for six weeks from Monday while engineers "
                + "replace worn cables, the city said.</p><p>Ferries will run every twenty minutes instead, and "
                + "buses will take the long way round through the northern suburbs.</p><p>Shops near the bridge "
                + "expect fewer customers, and the council has promised them a rates holiday.</p></article><script>"
                + "window.__STATE__ = {\"related\":\"" + PARAGRAPHS + "\"};</script></body></html>";
        String text = extractor.extract(html, null).text();
        assertThat(text).contains("bridge will close").doesNotContain("tram line");
    }
}
