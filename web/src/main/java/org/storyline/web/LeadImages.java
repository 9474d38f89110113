package org.storyline.web;

import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.store.ArticleStore;

/**
 * The thumbnail of each article a page lists, through the {@link ImageProxy}: the first image of the article's
 * stored (sanitised) HTML. The extractor also reads a page's og:image and JSON-LD image, but the store does not
 * keep them yet; when it does, they go first here. Empty when thumbnails are off.
 */
final class LeadImages {

    private static final Pattern SRC = Pattern.compile("<img\\b[^>]*?\\bsrc=\"([^\"]{1,2000})\"", Pattern.CASE_INSENSITIVE);

    private final ArticleStore store;
    private final ImageProxy proxy;

    /** @param proxy null when thumbnails are off */
    LeadImages(ArticleStore store, ImageProxy proxy) {
        this.store = store;
        this.proxy = proxy;
    }

    /** Thumbnail addresses (this server's /image/...) by article id. */
    Map<String, String> of(Collection<String> articleIds) {
        if (proxy == null || articleIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        store.firstImageTags(articleIds).forEach((id, tag) -> {
            Matcher m = SRC.matcher(tag);
            if (m.find()) {
                try {
                    String link = proxy.link(URI.create(m.group(1).replace("&amp;", "&")));
                    if (link != null) {
                        out.put(id, link);
                    }
                } catch (IllegalArgumentException e) {
                    // an address the sanitiser let through but URI cannot read: no thumbnail
                }
            }
        });
        return out;
    }
}
