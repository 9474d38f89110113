package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The outlet's name from what a page says about itself, when its declarations are slugs, sections or addresses. */
class HtmlOutletTest {

    private static final String BODY = "<p>The council voted on Tuesday to close the old bridge for repairs, "
            + "sending traffic through the centre for at least a year.</p>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    private String outlet(String url, String head, String footer) {
        String html = "<html><head>" + head + "</head><body><article><h1>Bridge to close</h1>" + BODY
                + "</article><footer>" + footer + "</footer></body></html>";
        return extractor.extract(html, URI.create(url)).outlet();
    }

    @Test
    void aSlugSiteNameGivesWayToTheNameTheCopyrightLineAndTitleWrite() {
        assertThat(outlet("https://www.riverton.example/news/1", "<meta property=\"og:site_name\" content=\"riverton\">"
                        + "<title>Bridge to close - Riverton.example</title>",
                "© 2025 Riverton.example. All rights reserved.")).isEqualTo("Riverton.example");
    }

    @Test
    void aSectionInTheSiteNameGivesWayToThePublisherTheTitleConfirms() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge to close\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour Wire\"}}</script>";
        assertThat(outlet("https://www.harbourwire.example/us/1", "<meta property=\"og:site_name\" content=\"U.S.\">"
                + ld + "<title>Bridge to close | Harbour Wire</title>", "")).isEqualTo("Harbour Wire");
    }

    @Test
    void theTitleNamesTheOutletWhenNothingIsDeclaredButTheHostAgrees() {
        assertThat(outlet("https://valleypost.example/a", "<title>Bridge to close – Valley Post</title>", ""))
                .isEqualTo("Valley Post");
        // a title part the host does not confirm is not taken for a name
        assertThat(outlet("https://valleypost.example/a", "<title>Bridge to close – Opinion</title>", "")).isNull();
    }

    @Test
    void aPlainSiteNameWinsOverTheCompanyThatOwnsIt() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge to close\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Valley Media Group GmbH\"}}</script>";
        assertThat(outlet("https://valleypost.example/a", "<meta property=\"og:site_name\" content=\"Valley Post\">"
                + ld, "© Valley Media Group GmbH")).isEqualTo("Valley Post");
    }

    @Test
    void anAddressAloneIsShortenedToItsHost() {
        assertThat(outlet("https://www.kleinblatt.example/a",
                "<meta property=\"og:site_name\" content=\"https://www.kleinblatt.example\">", ""))
                .isEqualTo("kleinblatt.example");
    }

    @Test
    void theCopyrightHolderIsReadPastAScriptsCopyrightField() {
        String page = "<footer>© 2019 Riverton.example. All rights reserved</footer>"
                + "<script>var meta = {\"copyright\":\"2018 Getty Images\"};</script>";
        assertThat(OutletNamer.copyright(page)).isEqualTo("Riverton.example");
        assertThat(OutletNamer.copyright("<p>&copy; 2024 Ege Postası. Tüm hakları saklıdır.</p>"))
                .isEqualTo("Ege Postası");
        assertThat(OutletNamer.copyright("<p>no marker here</p>")).isNull();
    }

    @Test
    void hostLabelsSkipCountrySecondLevels() {
        assertThat(OutletNamer.hostLabel("www.bbc.co.uk")).isEqualTo("bbc");
        assertThat(OutletNamer.hostLabel("hosted.ap.org")).isEqualTo("ap");
        assertThat(OutletNamer.hostLabel("localhost")).isEqualTo("localhost");
    }
}
