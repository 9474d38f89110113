package org.storyline.sanitize;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a URL found in an attribute into an absolute URL with an allowed scheme, or refuses it.
 *
 * <p>Reads the URL the way a browser would before judging it: tabs and newlines inside are dropped and control
 * characters and spaces at the ends are trimmed (WHATWG URL), so {@code "java\tscript:"} is seen as the
 * {@code javascript:} it becomes. Characters {@link URI} rejects (spaces, non-ASCII, a backslash, a stray
 * {@code %}) are percent-encoded rather than refused, since real pages are full of them.
 */
final class SafeUrl {

    private SafeUrl() {}

    /**
     * @param raw     the attribute value, entities already decoded
     * @param base    the page's URL for resolving relative URLs, or null (relative URLs are then refused)
     * @param schemes lower-case schemes allowed, e.g. {@code http}, {@code https}
     * @return the absolute URL, or null when it is refused
     */
    static String resolve(String raw, URI base, Set<String> schemes) {
        String cleaned = encode(trim(raw.replaceAll("[\\t\\n\\r]", "")));
        if (cleaned.isEmpty()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(cleaned);
            if (!uri.isAbsolute() && base != null) {
                uri = base.resolve(uri);
            }
        } catch (URISyntaxException | IllegalArgumentException unreadable) {
            return null;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || !schemes.contains(scheme)) {
            return null;
        }
        if ((scheme.equals("http") || scheme.equals("https")) && (uri.getHost() == null || uri.getHost().isEmpty())) {
            return null;
        }
        return uri.toASCIIString();
    }

    /** The host of an absolute http(s) URL in lower case, or an empty string. */
    static String host(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException unreadable) {
            return "";
        }
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= ' ') {
            end--;
        }
        return s.substring(start, end);
    }

    private static String encode(String s) {
        var out = new StringBuilder(s.length() + 16);
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean escape = b == '%' ? !(i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]))
                    : b <= ' ' || b >= 0x7F || "\"<>\\^`{|}".indexOf(b) >= 0;
            if (escape) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            } else {
                out.append((char) b);
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
