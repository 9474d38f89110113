package org.storyline.enrich.outlet;

import org.storyline.model.Article;

/**
 * Who published an article, as every page, feed and API answer names it: the outlet, else "outlet unknown (via
 * apnews.com)" from its address, else from the page or file it was taken from ("via 002_aggregator.txt"), never
 * its headline.
 *
 * <pre>{@code
 * OutletNames.source(article)   // "DW", "outlet unknown (via oc-media.org)"
 * }</pre>
 */
public final class OutletNames {

    /** What an article without an outlet or origin is credited to. */
    public static final String UNKNOWN = "outlet unknown";

    private OutletNames() {
    }

    /** The outlet's name, or {@link #UNKNOWN} with where the article came from. */
    public static String source(Article article) {
        if (named(article)) {
            return article.outlet();
        }
        String via = via(article);
        return via.isEmpty() ? UNKNOWN : UNKNOWN + " (via " + via + ")";
    }

    /** Whether the article names its outlet. */
    public static boolean named(Article article) {
        return article.outlet() != null && !article.outlet().isBlank();
    }

    /** Where an unnamed article came from: its host, else the last part of its origin; "" when neither is known. */
    public static String via(Article article) {
        String host = host(article);
        if (host != null) {
            return host;
        }
        String origin = article.origin() == null ? "" : article.origin().strip();
        String last = origin.replaceFirst("[/\\\\]+$", "");
        last = last.substring(Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\')) + 1);
        return last.length() > 60 ? last.substring(0, 59) + "…" : last;
    }

    /** The site an article came from (its address's host, else its origin's when that is an address), or null. */
    public static String host(Article article) {
        if (article.url() != null && article.url().getHost() != null) {
            return article.url().getHost().replaceFirst("^www\\.", "");
        }
        String origin = article.origin() == null ? "" : article.origin().strip();
        if (origin.startsWith("http://") || origin.startsWith("https://")) {
            try {
                String host = java.net.URI.create(origin).getHost();
                if (host != null) {
                    return host.replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // not an address after all
            }
        }
        return null;
    }
}
