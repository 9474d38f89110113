package org.storyline.source.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.text.StableHash;

/**
 * A stable key for a feed item, to recognise it on the next fetch: {@code guid:<guid>}, else
 * {@code url:<canonical url>}, else {@code hash:<sha-256 of title, summary and content>}.
 *
 * <pre>{@code
 * ItemIdentity.canonicalUrl(URI.create("https://Example.org/a?utm_source=x&b=2&a=1#top"))
 *     // https://example.org/a?a=1&b=2
 * }</pre>
 */
public final class ItemIdentity {

    /** Query parameters that track the click, not name the page. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "mc_cid", "mc_eid", "yclid", "igshid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id",
            "oly_enc_id", "vero_id", "rb_clickid", "s_cid", "ncid", "cmpid", "ocid", "at_medium", "at_campaign",
            "wt_mc", "ref_src", "ref_url", "__twitter_impression", "utm");

    private ItemIdentity() {
    }

    public static String of(FeedItem item) {
        if (item.guid() != null && !item.guid().isBlank()) {
            return "guid:" + item.guid().strip();
        }
        if (item.url() != null) {
            return "url:" + canonicalUrl(item.url());
        }
        String content = String.join("\u0000", nonNull(item.title()), text(item.summary()), text(item.content()));
        return "hash:" + StableHash.sha256Hex(content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The URL with tracking parameters (utm_*, fbclid, gclid, mc_cid...) and the fragment removed, scheme and
     * host in lower case, the default port dropped, an empty path made "/", and the other parameters sorted.
     */
    public static URI canonicalUrl(URI url) {
        String scheme = url.getScheme() == null ? null : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? null : url.getHost().toLowerCase(Locale.ROOT);
        if (scheme == null || host == null) {
            return url; // nothing to canonicalise in a relative or opaque URI
        }
        int port = url.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String query = canonicalQuery(url.getRawQuery());
        String text = scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            String name = (pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair).toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    private static String text(Body body) {
        return body == null ? "" : body.text();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
