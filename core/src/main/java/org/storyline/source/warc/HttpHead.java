package org.storyline.source.warc;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The status line and headers of an HTTP response stored in a WARC response record.
 *
 * @param status  the status code, e.g. 200
 * @param headers header names in lower case to their values; repeated headers are joined with ", "
 * @param length  how many bytes of the block the head takes, including the blank line after it
 */
record HttpHead(int status, Map<String, String> headers, int length) {

    /** What parsing gave: a head, or why there is none. */
    sealed interface Parsed permits Ok, Bad {}

    record Ok(HttpHead head) implements Parsed {}

    record Bad(String reason) implements Parsed {}

    /** Parses the head from the first bytes of the block ({@code available} of them, maybe not the whole block). */
    static Parsed parse(byte[] bytes, int available) {
        int end = headEnd(bytes, available);
        if (end < 0) {
            return new Bad("no end of the HTTP header in the first " + available + " bytes");
        }
        String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r?\n");
        int status = status(lines[0]);
        if (status < 0) {
            return new Bad("not an HTTP status line: " + WarcHeaders.shorten(lines[0]));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String last = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                headers.merge(last, " " + line.strip(), String::concat);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                headers.merge(last, line.substring(colon + 1).strip(), (a, b) -> a + ", " + b);
            }
        }
        return new Ok(new HttpHead(status, headers, end));
    }

    String header(String name) {
        return headers.getOrDefault(name, "");
    }

    /** The media type of Content-Type in lower case without parameters, e.g. {@code text/html}. */
    String mediaType() {
        String type = header("content-type");
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter of Content-Type, without quotes, or an empty string. */
    String charset() {
        for (String param : header("content-type").split(";")) {
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                return param.substring(eq + 1).strip().replace("\"", "").replace("'", "");
            }
        }
        return "";
    }

    boolean isHtml() {
        String type = mediaType();
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    /** The offset just past the blank line ending the head, or -1. */
    private static int headEnd(byte[] bytes, int available) {
        for (int i = 0; i + 1 < available; i++) {
            if (bytes[i] == '\n' && bytes[i + 1] == '\n') {
                return i + 2;
            }
            if (bytes[i] == '\n' && bytes[i + 1] == '\r' && i + 2 < available && bytes[i + 2] == '\n') {
                return i + 3;
            }
        }
        return -1;
    }

    private static int status(String line) {
        String[] parts = line.strip().split("\\s+", 3);
        if (parts.length < 2 || !parts[0].toUpperCase(Locale.ROOT).startsWith("HTTP/")
                || parts[1].length() != 3 || !parts[1].chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(parts[1]);
    }
}
