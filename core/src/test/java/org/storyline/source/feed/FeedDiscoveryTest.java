package org.storyline.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {

    private final FeedDiscovery discovery = new FeedDiscovery();

    @Test
    void declaredFeedsFirstResolvedAgainstBaseThenGuesses() {
        String html = new String(Fixtures.bytes("html-page.html"), StandardCharsets.UTF_8);
        List<FeedCandidate> found = discovery.discover(html, URI.create("https://news.example.org/en/index.html"));

        assertThat(found.subList(0, 3)).extracting(c -> c.url().toString()).containsExactly(
                "https://news.example.org/en/feeds/top.rss", "https://news.example.org/atom.xml",
                "https://news.example.org/feed.json");
        assertThat(found.get(0).title()).isEqualTo("Top stories");
        assertThat(found.get(1).mediaType()).isEqualTo("application/atom+xml");
        assertThat(found.subList(0, 3)).allMatch(c -> c.confidence() == FeedCandidate.Confidence.DECLARED);
        assertThat(found.subList(3, found.size())).allMatch(c -> c.confidence() == FeedCandidate.Confidence.GUESSED)
                .extracting(c -> c.url().toString()).startsWith("https://news.example.org/feed", "https://news.example.org/rss.xml");
        assertThat(found).noneMatch(c -> c.url().getScheme().equals("javascript"));
    }

    @Test
    void pageWithoutLinksStillGetsGuesses() {
        List<FeedCandidate> found = discovery.discover("<p>hello", URI.create("http://blog.example:8080/posts/1"));
        assertThat(found).isNotEmpty().allMatch(c -> c.confidence() == FeedCandidate.Confidence.GUESSED);
        assertThat(found.get(0).url()).hasToString("http://blog.example:8080/feed");
    }
}
