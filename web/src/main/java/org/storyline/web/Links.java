package org.storyline.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;

/**
 * Addresses the app hands out: absolute URLs on this site (for feeds and API next links) and publisher links
 * that are safe to make clickable.
 */
public final class Links {

    private Links() {
    }

    /** The request attribute holding this site's origin, set for every request by {@link WebServer}. */
    static final String ORIGIN = "storyline.origin";

    /**
     * This site's origin ({@code http://127.0.0.1:8080}): the configured public URL, else the local address the
     * connection arrived at. Never the Host header: {@code Host: evil.example} must not put evil.example into a feed.
     */
    public static String origin(Context ctx) {
        if (ctx.attribute(ORIGIN) instanceof String configured) {
            return configured;
        }
        return local(ctx);
    }

    /** The address this connection reached, as a URL origin (IPv6 in brackets). */
    static String local(Context ctx) {
        String scheme = "https".equalsIgnoreCase(ctx.scheme()) ? "https" : "http";
        String address = ctx.req().getLocalAddr();
        String host = address == null || address.isBlank() ? "localhost"
                : address.contains(":") ? "[" + address.replaceFirst("%.*$", "") + "]" : address;
        return scheme + "://" + host + ":" + ctx.req().getLocalPort();
    }

    /** An absolute URL on this site for a path that is already encoded. */
    public static URI absolute(Context ctx, String path) {
        return URI.create(origin(ctx) + path);
    }

    /**
     * The publisher's address when it may become a link: http or https with a host. Anything else
     * ({@code javascript:}, {@code data:}, relative, unreadable) is null and is shown as no link at all.
     */
    public static URI publisherLink(URI url) {
        if (url == null || url.getScheme() == null) {
            return null;
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null || url.getHost().isBlank()) {
            return null;
        }
        return url;
    }
}
