package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.web.syndication.StrictXml.children;
import static org.storyline.web.syndication.StrictXml.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.web.syndication.StrictXml;
import org.w3c.dom.Element;

/** Feeds of stories, hashtags, outlets and searches on a real server, and the pages that link them. */
class FeedRoutesTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path dir;
    private static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        web = WebFixture.start(dir, w -> w.add(WebFixture.article("old", "Old Times", "Old news", 2, null, null), null,
                "s-old", null));
        web.store.transaction(tx -> {
            tx.mergeStory("s-old", "s-harvest");
            return null;
        });
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void aStoryFeedListsItsOriginalsInEveryFormat() throws Exception {
        HttpResponse<String> rss = web.get("/story/s-rift/feed.rss");
        assertThat(rss.statusCode()).isEqualTo(200);
        assertThat(rss.headers().firstValue("Content-Type").orElse("")).startsWith("application/rss+xml");
        Element channel = children(StrictXml.parse(rss.body()).getDocumentElement(), null, "channel").get(0);
        assertThat(text(channel, null, "link")).isEqualTo(web.base() + "/story/s-rift");
        assertThat(children(channel, null, "item")).extracting(i -> text(i, null, "link"))
                .containsExactly(web.base() + "/article/dw", web.base() + "/article/wire"); // the copy left out

        HttpResponse<String> atom = web.get("/story/s-rift/feed.atom");
        assertThat(atom.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        Element feed = StrictXml.parse(atom.body()).getDocumentElement();
        assertThat(children(feed, ATOM, "entry")).hasSize(2);
        assertThat(children(children(feed, ATOM, "entry").get(1), ATOM, "link"))
                .extracting(l -> l.getAttribute("href")).contains("https://apnews.com/article/azerbaijan-russia");

        HttpResponse<String> json = web.get("/story/s-rift/feed.json");
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/feed+json");
        JsonNode items = new ObjectMapper().readTree(json.body()).get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("title").asText()).isEqualTo("Is Moscow losing Azerbaijan as an ally?");
    }

    @Test
    void hashtagOutletAndSearchFeedsAnswerAndUnknownOnesAre404() throws Exception {
        Element hashtag = StrictXml.parse(web.get("/hashtag/sputnikazerbaijan/feed.atom").body()).getDocumentElement();
        assertThat(text(hashtag, ATOM, "title")).isEqualTo("#SputnikAzerbaijan");
        assertThat(children(hashtag, ATOM, "entry")).as("the copy counted once, with its original").hasSize(1);
        Element outlet = StrictXml.parse(web.get("/outlet/Filler%20Times/feed.rss").body()).getDocumentElement();
        assertThat(children(children(outlet, null, "channel").get(0), null, "item")).hasSize(WebFixture.FILLERS);
        JsonNode search = new ObjectMapper().readTree(web.get("/search/feed.json?q=detains&outlet=AP").body());
        assertThat(search.get("feed_url").asText()).isEqualTo(web.base() + "/search/feed.json?outlet=AP&q=detains");
        assertThat(search.get("items")).extracting(i -> i.get("id").asText()).containsExactly(web.base() + "/article/wire");
        assertThat(web.get("/story/nope/feed.rss").statusCode()).isEqualTo(404);
        HttpResponse<String> merged = web.get("/story/s-old/feed.atom");
        assertThat(merged.statusCode()).isEqualTo(301); // to the feed of the story it joined
        assertThat(merged.headers().firstValue("Location")).hasValue("/story/s-harvest/feed.atom");
        assertThat(web.get("/hashtag/nope/feed.atom").statusCode()).isEqualTo(404);
        assertThat(web.get("/outlet/nobody/feed.json").statusCode()).isEqualTo(404);
        assertThat(web.get("/search/feed.rss").statusCode()).isEqualTo(400);
    }

    @Test
    void pagesLinkTheirFeedsAsAlternates() throws Exception {
        for (var page : List.of(List.of("/story/s-rift", "/story/s-rift/feed."), List.of("/hashtag/Baku", "/hashtag/Baku/feed."),
                List.of("/outlet/DW", "/outlet/DW/feed."), List.of("/search?q=Moscow", "/search/feed."))) {
            Document html = Jsoup.parse(web.get(page.get(0)).body());
            var alternates = html.select("head link[rel=alternate]");
            assertThat(alternates).as(page.get(0)).extracting(l -> l.attr("type"))
                    .containsExactly("application/rss+xml", "application/atom+xml", "application/feed+json");
            assertThat(alternates).allSatisfy(l -> {
                assertThat(l.attr("href")).startsWith(page.get(1));
                try {
                    assertThat(web.get(l.attr("href")).statusCode()).as(l.attr("href")).isEqualTo(200);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        }
        assertThat(Jsoup.parse(web.get("/").body()).select("link[rel=alternate]")).isEmpty();
    }

    @Test
    void feedsAnswerConditionalGetsWith304AndHeadLikeGetWithoutABody() throws Exception {
        HttpResponse<String> first = web.get("/story/s-rift/feed.rss");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(modified).endsWith("GMT");
        HttpResponse<String> again = web.send(web.request("/story/s-rift/feed.rss").header("If-None-Match", etag).build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(web.send(web.request("/story/s-rift/feed.rss").header("If-None-Match", "\"other\"").build())
                .statusCode()).isEqualTo(200);
        assertThat(web.send(web.request("/story/s-rift/feed.json").header("If-Modified-Since", modified).build())
                .statusCode()).isEqualTo(304);
        assertThat(web.send(web.request("/story/s-rift/feed.json")
                .header("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").build()).statusCode()).isEqualTo(200);
        assertThat(web.send(web.request("/story/s-rift/feed.json").header("If-Modified-Since", "not a date").build())
                .statusCode()).isEqualTo(200);

        HttpResponse<String> head = web.send(web.request("/story/s-rift/feed.atom")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        HttpResponse<String> get = web.get("/story/s-rift/feed.atom");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).isEqualTo(get.headers().firstValue("Content-Type"));
        assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
        assertThat(web.send(web.request("/story/nope/feed.atom").method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build()).statusCode()).isEqualTo(404);
    }
}
