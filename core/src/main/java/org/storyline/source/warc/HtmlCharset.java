package org.storyline.source.warc;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses how to decode an HTML body: a byte-order mark, else the HTTP charset, else a {@code <meta>} charset
 * in the first 2 KB, else UTF-8 (bad bytes then become U+FFFD, never an error).
 *
 * <p>Labels follow the WHATWG Encoding Standard where Java differs: browsers read "iso-8859-1" and "ascii"
 * as windows-1252, and a page cannot declare UTF-16 in a meta tag.
 */
final class HtmlCharset {

    private static final int SNIFF = 2048;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:+-]{1,40})", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {}

    static Charset choose(String httpCharset, byte[] body) {
        Charset bom = byteOrderMark(body);
        if (bom != null) {
            return bom;
        }
        Charset declared = lookUp(httpCharset);
        if (declared != null) {
            return declared;
        }
        String head = new String(body, 0, Math.min(body.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            Charset sniffed = lookUp(meta.group(1));
            if (sniffed != null) {
                return sniffed.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : sniffed;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The body as text, without a byte-order mark. */
    static String decode(byte[] body, Charset charset) {
        String text = new String(body, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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

    private static Charset lookUp(String label) {
        String name = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return null;
        }
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException badName) {
            return null;
        }
    }
}
