package org.storyline.source.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The status line and headers of one HTTP/1.x response, read under a byte limit.
 *
 * @param status  the status code
 * @param reason  the reason phrase, possibly empty
 * @param headers header values by lower-case name, in arrival order
 */
record ResponseHead(int status, String reason, Map<String, List<String>> headers) {

    private static final int MAX_HEADERS = 200;

    /** The first value of a header, or null. */
    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Reads a head; {@code maxBytes} bounds the status line and all header lines together. */
    static ResponseHead read(InputStream in, int maxBytes) throws IOException {
        int[] budget = {maxBytes, maxBytes}; // bytes left, limit
        String statusLine = line(in, budget);
        if (statusLine == null) {
            throw new FetchProblem(FailureKind.CONNECT, "the server closed the connection without a response");
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5]\\d\\d")) {
            throw new FetchProblem(FailureKind.MALFORMED, "not an HTTP/1.x status line: " + shorten(statusLine));
        }
        Map<String, List<String>> headers = readHeaders(in, budget);
        return new ResponseHead(Integer.parseInt(parts[1]), parts.length > 2 ? parts[2] : "", headers);
    }

    private static Map<String, List<String>> readHeaders(InputStream in, int[] budget) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String lastName = null;
        int count = 0;
        for (String line = line(in, budget); line != null && !line.isEmpty(); line = line(in, budget)) {
            if (++count > MAX_HEADERS) {
                throw new FetchProblem(FailureKind.TOO_LARGE, "more than " + MAX_HEADERS + " response headers");
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && lastName != null) {
                List<String> values = headers.get(lastName); // obsolete line folding: continue the last value
                values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new FetchProblem(FailureKind.MALFORMED, "bad header line: " + shorten(line));
            }
            lastName = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(lastName, k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        return headers;
    }

    /** One line without CR/LF, or null at end of stream before any byte. */
    private static String line(InputStream in, int[] budget) throws IOException {
        StringBuilder line = new StringBuilder(64);
        int b = in.read();
        if (b < 0) {
            return null;
        }
        for (; b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new FetchProblem(FailureKind.CONNECT, "connection closed in the middle of the response headers");
            }
            if (--budget[0] < 0) {
                throw new FetchProblem(FailureKind.TOO_LARGE, "response headers are over the limit of "
                        + CappedInputStream.human(budget[1]));
            }
            if (b != '\r') {
                line.append((char) b); // header bytes are ISO-8859-1 by definition
            }
        }
        return line.toString();
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
