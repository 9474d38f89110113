package org.storyline.source.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the encoding of a text body: the {@code Content-Type} charset, else a byte-order mark, else an HTML
 * {@code <meta charset>} or an XML declaration in the first 1024 bytes, else UTF-8.
 *
 * <pre>{@code
 * CharsetSniffer.detect("text/html", bytes) // windows-1252 when the page says <meta charset="windows-1252">
 * }</pre>
 */
public final class CharsetSniffer {

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([\\w.:-]+)");
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final Pattern XML_ENCODING =
            Pattern.compile("^<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']");

    private CharsetSniffer() {
    }

    public static Charset detect(String contentType, byte[] body) {
        Charset declared = contentType == null ? null : named(HEADER_CHARSET.matcher(contentType));
        if (declared != null) {
            return declared;
        }
        Charset bom = byteOrderMark(body);
        if (bom != null) {
            return bom;
        }
        // ASCII-compatible peek: markup declarations are ASCII in every encoding we would accept here.
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1);
        Charset meta = named(META_CHARSET.matcher(head));
        if (meta != null) {
            return meta;
        }
        Charset xml = named(XML_ENCODING.matcher(head.stripLeading()));
        return xml != null ? xml : StandardCharsets.UTF_8;
    }

    private static Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset named(Matcher matcher) {
        if (!matcher.find()) {
            return null;
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        // The HTML standard reads latin1/ascii labels as windows-1252, which is what such pages really are.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
