package org.storyline.source.warc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The named fields of one WARC record header (WARC 1.0 and 1.1 have the same syntax).
 *
 * @param version the version line, e.g. {@code WARC/1.1}
 * @param fields  field names in lower case to their values; a repeated field keeps its last value
 */
record WarcHeaders(String version, Map<String, String> fields) {

    static final int MAX_LINE = 32 * 1024;
    private static final int MAX_FIELDS = 256;

    /**
     * Reads the fields after the version line, up to and including the blank line that ends them.
     *
     * @throws BadInput MALFORMED for a line without a colon, too many fields or a too long line;
     *                  TRUNCATED when the file ends inside the header
     */
    static WarcHeaders read(WarcInput in, String version, long recordOffset) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        String last = null;
        while (true) {
            String line = in.readLine(MAX_LINE, StandardCharsets.UTF_8);
            if (line == null) {
                throw new BadInput(BadInput.Kind.TRUNCATED, recordOffset, "the file ends inside the WARC header");
            }
            if (line.isEmpty()) {
                return new WarcHeaders(version, fields);
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                fields.merge(last, " " + line.strip(), String::concat);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || fields.size() >= MAX_FIELDS) {
                throw new BadInput(BadInput.Kind.MALFORMED, recordOffset,
                        colon <= 0 ? "a WARC header line without a field name: " + shorten(line)
                                : "more than " + MAX_FIELDS + " WARC header fields");
            }
            last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            fields.put(last, line.substring(colon + 1).strip());
        }
    }

    String get(String name) {
        return fields.get(name.toLowerCase(Locale.ROOT));
    }

    String type() {
        String type = get("WARC-Type");
        return type == null ? "" : type.toLowerCase(Locale.ROOT);
    }

    /** The record id without its angle brackets, or an empty string. */
    String recordId() {
        return unbracket(get("WARC-Record-ID"));
    }

    /** The target URI without the angle brackets some WARC 1.0 writers put around it, or an empty string. */
    String targetUri() {
        return unbracket(get("WARC-Target-URI"));
    }

    /** The block length, or -1 when it is missing or not a non-negative number. */
    long contentLength() {
        String value = get("Content-Length");
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(value);
    }

    /** Whether the block is an HTTP message (as opposed to DNS or FTP responses, or a plain resource). */
    boolean holdsHttp() {
        String type = get("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/http");
    }

    static String shorten(String text) {
        String printable = text.codePoints().limit(60)
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return "\"" + printable + (text.length() > 60 ? "…\"" : "\"");
    }

    private static String unbracket(String value) {
        if (value == null) {
            return "";
        }
        return value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
    }
}
