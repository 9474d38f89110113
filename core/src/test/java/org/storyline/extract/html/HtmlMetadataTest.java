package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.storyline.model.ParsedArticle;

class HtmlMetadataTest {

    private static final URI PAGE = URI.create("https://news.example.org/world/2025/07/storm.html");
    private static final String BODY = "<p>The storm reached the coast on Thursday, flooding streets, closing schools and "
            + "cutting power to thousands of homes along the bay.</p>"
            + "<p>Officials said repairs would take days, and asked residents to stay away from the water.</p>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void readsJsonLdGraphWithNestedAuthorsAndPublisher() {
        String html = """
                <html lang="en-gb"><head><title>Storm hits coast | Daily Planet</title>
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Daily Planet Site"},
                  {"@type":["NewsArticle"],"headline":"Storm hits coast",
                   "author":[{"@type":"Person","name":"Lois Lane"},{"@type":"Person","name":"Clark Kent"}],
                   "datePublished":"2025-07-10T16:05:00+02:00","articleSection":["World","Weather"],
                   "publisher":{"@type":"Organization","name":"Daily Planet"},
                   "image":{"@type":"ImageObject","url":"/img/storm.jpg"}, }
                ]}
                </script></head><body><article>%s</article></body></html>""".formatted(BODY);
        Extraction e = extractor.extract(html, PAGE);
        assertThat(e.title()).isEqualTo("Storm hits coast");
        assertThat(e.byline()).isEqualTo("Lois Lane, Clark Kent");
        assertThat(e.published().iso()).isEqualTo("2025-07-10T14:05:00Z");
        assertThat(e.published().precision()).isEqualTo(ChronoUnit.MINUTES);
        assertThat(e.outlet()).isEqualTo("Daily Planet");
        assertThat(e.section()).isEqualTo("World");
        assertThat(e.language()).isEqualTo("en-GB");
        assertThat(e.leadImage()).hasToString("https://news.example.org/img/storm.jpg");
        assertThat(e.text()).startsWith("The storm reached the coast").contains("\n\nOfficials said");
    }

    @Test
    void fallsBackToOpenGraphAndMetaConventions() {
        String html = """
                <html><head><title>Storm hits coast - Daily Planet</title>
                <meta property="og:site_name" content="Daily Planet">
                <meta property="og:title" content="Storm hits coast">
                <meta property="og:locale" content="pt_BR">
                <meta property="og:url" content="https://news.example.org/storm">
                <meta property="og:image" content="https://cdn.example.org/storm.jpg">
                <meta name="parsely-author" content="Jimmy Olsen">
                <meta name="sailthru.date" content="Thu, 10 Jul 2025 14:05:00 GMT">
                <meta property="article:section" content="Weather">
                </head><body><div class="story">%s</div></body></html>""".formatted(BODY);
        Extraction e = extractor.extract(html, PAGE);
        assertThat(e.title()).isEqualTo("Storm hits coast");
        assertThat(e.byline()).isEqualTo("Jimmy Olsen");
        assertThat(e.published().iso()).isEqualTo("2025-07-10T14:05:00Z");
        assertThat(e.language()).isEqualTo("pt-BR");
        assertThat(e.canonical()).hasToString("https://news.example.org/storm");
        assertThat(e.leadImage()).hasToString("https://cdn.example.org/storm.jpg");
        assertThat(e.section()).isEqualTo("Weather");
        assertThat(e.outlet()).isEqualTo("Daily Planet");
    }

    @Test
    void readsMarkupWhenNoMetadataIsDeclared() {
        String html = """
                <html><head><title>Storm hits coast :: Daily Planet</title>
                <link rel="canonical" href="/world/storm"></head>
                <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
                <h1>Storm hits coast</h1><div class="byline">By <a rel="author" href="/lois">Lois Lane</a></div>
                <time datetime="2025-07-10">July 10</time>
                <div class="content">%s</div>
                <div class="related"><a href="/a">Another story about storms and coasts today</a></div>
                </body></html>""".formatted(BODY);
        Extraction e = extractor.extract(html, PAGE);
        assertThat(e.title()).isEqualTo("Storm hits coast");
        assertThat(e.byline()).isEqualTo("Lois Lane");
        assertThat(e.published().iso()).isEqualTo("2025-07-10");
        assertThat(e.published().precision()).isEqualTo(ChronoUnit.DAYS);
        assertThat(e.canonical()).hasToString("https://news.example.org/world/storm");
        assertThat(e.language()).isNull();
        assertThat(e.outlet()).isNull();
        assertThat(e.text()).doesNotContain("Home", "Another story", "Lois Lane");
    }

    @Test
    void metaAuthorThatIsAnAddressIsIgnoredAndByIsDropped() {
        String html = """
                <html><head><meta property="article:author" content="https://facebook.com/lois">
                <meta name="byl" content="By Lois Lane"></head><body>%s</body></html>""".formatted(BODY);
        assertThat(extractor.extract(html, PAGE).byline()).isEqualTo("Lois Lane");
    }

    @Test
    void readsParselyPageJson() {
        String html = """
                <html><head><meta name="parsely-page" content='{"title": "Storm hits coast", "pub_date":
                "2025-07-10T14:05:00Z", "section": "Weather", "authors": ["Perry White"]}'></head>
                <body>%s</body></html>""".formatted(BODY);
        Extraction e = extractor.extract(html, PAGE);
        assertThat(e.title()).isEqualTo("Storm hits coast");
        assertThat(e.byline()).isEqualTo("Perry White");
        assertThat(e.section()).isEqualTo("Weather");
        assertThat(e.published().iso()).isEqualTo("2025-07-10T14:05:00Z");
    }

    @Test
    void jsonLdBodyIsTheFallbackWhenMarkupHasLittleText() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@type":"ReportageNewsArticle","headline":"Storm hits coast",
                 "articleBody":"The storm reached the coast on Thursday.\\nOfficials said repairs would take days."}
                </script></head><body><div id="app">Loading…</div></body></html>""";
        Extraction e = extractor.extract(html, PAGE);
        assertThat(e.text()).isEqualTo("The storm reached the coast on Thursday.\n\nOfficials said repairs would take days.");
    }

    @Test
    void headingsAndListItemsBecomeTheirOwnParagraphs() {
        String html = "<html><body><article>" + BODY + "<h2>What comes next</h2><ul><li>Roads reopen, the city said, "
                + "on Monday morning.</li><li>Schools reopen, the district said, on Tuesday.</li></ul></article></body></html>";
        assertThat(extractor.extract(html, PAGE).text().split("\n\n")).contains("What comes next",
                "Roads reopen, the city said, on Monday morning.", "Schools reopen, the district said, on Tuesday.");
    }

    @Test
    void convertsToMainParsedArticle() {
        String html = "<html><head><title>Storm hits coast</title></head><body>" + BODY + "</body></html>";
        Extraction e = extractor.extract(html, PAGE);
        ParsedArticle article = extractor.toArticle(e, PAGE).orElseThrow();
        assertThat(article.role()).isEqualTo(ParsedArticle.Role.MAIN);
        assertThat(article.title()).isEqualTo("Storm hits coast");
        assertThat(article.url()).isEqualTo(PAGE);
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(extractor.toArticle(extractor.extract("<html></html>", PAGE), PAGE)).isEmpty();
    }
}
