package org.storyline.web;

import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.store.ArticleStore;

/**
 * The thumbnail of each article a page lists, through the {@link ImageProxy}: the lead image the article's page
 * named (og:image, JSON-LD image, as the store keeps it), else the first image of its stored (sanitised) HTML.
 * Empty when thumbnails are off.
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
        Map<String, URI> named = store.leadImages(articleIds);
        named.forEach((id, image) -> put(out, id, image));
        List<String> rest = articleIds.stream().filter(id -> !out.containsKey(id)).toList();
        store.firstImageTags(rest).forEach((id, tag) -> {
            Matcher m = SRC.matcher(tag);
            if (m.find()) {
                try {
                    put(out, id, URI.create(m.group(1).replace("&amp;", "&")));
                } catch (IllegalArgumentException e) {
                    // an address the sanitiser let through but URI cannot read: no thumbnail
                }
            }
        });
        return out;
    }

    private void put(Map<String, String> out, String id, URI image) {
        String link = proxy.link(image);
        if (link != null) {
            out.put(id, link);
        }
    }
}
