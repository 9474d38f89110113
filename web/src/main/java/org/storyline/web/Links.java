package org.storyline.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Addresses the app hands out: absolute URLs on this site (for feeds and API next links) and publisher links
 * that are safe to make clickable.
 */
public final class Links {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:\\d{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:\\d{1,5})?");

    private Links() {
    }

    /**
     * This site's origin as the request reached it ({@code http://127.0.0.1:8080}); a Host header that is not a
     * plain host name or address is not echoed back.
     */
    public static String origin(Context ctx) {
        String host = ctx.host();
        String scheme = "https".equalsIgnoreCase(ctx.scheme()) ? "https" : "http";
        return scheme + "://" + (host != null && HOST.matcher(host).matches() ? host : "localhost");
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
