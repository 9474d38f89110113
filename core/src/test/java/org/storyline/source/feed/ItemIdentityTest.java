package org.storyline.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemIdentityTest {

    private static FeedItem item(String guid, String url, String title, String summary) {
        return FeedItem.of(guid, url == null ? null : URI.create(url), title, null, null,
                Body.of(summary, Body.Markup.TEXT), null, List.of());
    }

    @Test
    void guidWinsOverUrl() {
        assertThat(ItemIdentity.of(item(" abc-1 ", "https://x.example/a", "T", "S"))).isEqualTo("guid:abc-1");
    }

    @Test
    void urlIsCanonicalWhenThereIsNoGuid() {
        String a = ItemIdentity.of(item(null, "https://X.example/a?utm_source=rss&b=2&a=1#comments", "T", "S"));
        String b = ItemIdentity.of(item(null, "https://x.example:443/a?a=1&fbclid=zz&b=2", "Other title", "S"));
        assertThat(a).isEqualTo("url:https://x.example/a?a=1&b=2").isEqualTo(b);
    }

    @Test
    void contentHashWhenNeitherAndStableAcrossCalls() {
        String first = ItemIdentity.of(item(null, null, "Title", "Summary"));
        assertThat(first).startsWith("hash:").hasSize(5 + 64);
        assertThat(ItemIdentity.of(item(null, null, "Title", "Summary"))).isEqualTo(first);
        assertThat(ItemIdentity.of(item(null, null, "Title", "Other"))).isNotEqualTo(first);
        assertThat(ItemIdentity.of(item(null, null, "TitleSummary", null))).isNotEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTPS://News.Example.ORG/Story?utm_medium=x&UTM_CAMPAIGN=y | https://news.example.org/Story",
            "http://example.org:80                                | http://example.org/",
            "http://example.org:8080/a#frag                       | http://example.org:8080/a",
            "https://e.org/a?gclid=1&mc_cid=2&mc_eid=3&msclkid=4&id=7 | https://e.org/a?id=7",
            "https://e.org/a?z=1&a=2&m=%20x                       | https://e.org/a?a=2&m=%20x&z=1",
            "https://e.org/a?                                     | https://e.org/a"
    })
    void canonicalUrl(String in, String out) {
        assertThat(ItemIdentity.canonicalUrl(URI.create(in))).hasToString(out);
    }
}
