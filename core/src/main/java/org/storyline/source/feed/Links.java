package org.storyline.source.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Resolves links found in feeds and pages against a base, keeping only http and https results. */
final class Links {

    private Links() {
    }

    /** The absolute http(s) URL for {@code href}, or null when it is blank, broken, or another scheme. */
    static URI resolve(URI base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI relative = new URI(href.strip().replace(" ", "%20").replace("|", "%7C"));
            URI absolute = base == null ? relative : base.resolve(relative);
            String scheme = absolute.getScheme() == null ? "" : absolute.getScheme().toLowerCase(Locale.ROOT);
            // javascript:, data: and file: links in a feed are attacks or mistakes, never article pages.
            return (scheme.equals("http") || scheme.equals("https")) && absolute.getHost() != null ? absolute : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code base} with an {@code xml:base} value applied, when there is one that resolves. */
    static URI rebase(URI base, String xmlBase) {
        URI rebased = resolve(base, xmlBase);
        return rebased != null ? rebased : base;
    }
}
