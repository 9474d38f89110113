package org.storyline.web;

import java.net.URI;
import java.util.Locale;
import org.storyline.account.Role;

/**
 * The web app's own settings, read once from the configuration and given to {@link WebServer#create}.
 *
 * <pre>{@code
 * new WebSettings(URI.create("https://news.example.org"), Role.ADMIN, 20)
 * }</pre>
 *
 * @param publicUrl      the site's address as readers reach it (scheme, host, port, optional path prefix), used for
 *                       every absolute link (feeds, the API's {@code next}, OpenAPI {@code servers}); null means the
 *                       address the connection arrived at. Never the request's Host header: a visitor chooses that.
 * @param followRole     the least role a signed-in account needs to follow a feed from {@code /sources}
 * @param followsPerHour how many follows one account (and one address) may ask for in an hour
 */
public record WebSettings(URI publicUrl, Role followRole, int followsPerHour) {

    public WebSettings {
        if (publicUrl != null) {
            String scheme = publicUrl.getScheme() == null ? "" : publicUrl.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || publicUrl.getHost() == null
                    || publicUrl.getRawQuery() != null || publicUrl.getRawFragment() != null) {
                throw new IllegalArgumentException(
                        "web: the public URL must be http(s)://host[:port][/path], not " + publicUrl);
            }
        }
        if (followRole == null) {
            throw new IllegalArgumentException("web: a role is needed to follow feeds");
        }
        if (followsPerHour < 1) {
            throw new IllegalArgumentException("web: follows per hour must be at least 1");
        }
    }

    /** No public URL (links name the address connected to), admins follow, 20 follows an hour. */
    public static WebSettings defaults() {
        return new WebSettings(null, Role.ADMIN, 20);
    }

    /** The public URL without a trailing slash, or null. */
    String origin() {
        if (publicUrl == null) {
            return null;
        }
        String url = publicUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Whether {@code role} may follow feeds here. */
    boolean mayFollow(Role role) {
        return role != null && role.ordinal() >= followRole.ordinal();
    }
}
