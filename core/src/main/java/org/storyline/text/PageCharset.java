package org.storyline.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a web page: one rule for every reader of HTML.
 *
 * <ol>
 *   <li>A byte-order mark wins over everything (the WHATWG Encoding Standard: a BOM overrides the HTTP header
 *       and any {@code <meta>}).</li>
 *   <li>UTF-16 without a mark is recognised by its zero bytes ({@code <\0h\0} or {@code \0<\0h}): markup is
 *       ASCII, so every other byte of it is zero in UTF-16 and never in any ASCII-compatible encoding.</li>
 *   <li>Bytes that are valid UTF-8 and not plain ASCII are UTF-8, whatever the page declares. A text in a
 *       legacy 8-bit or CJK encoding almost never forms valid UTF-8 sequences by accident, while pages that
 *       were re-encoded to UTF-8 by a CMS, a proxy or an archive but kept their old {@code <meta charset>}
 *       are common (118 of 621 L3S-GN1 pages).</li>
 *   <li>Otherwise the HTTP charset, then a {@code <meta>} charset in the first 2 KB (a meta that says UTF-16
 *       is read as UTF-8, as browsers do, since the bytes in hand are evidently not UTF-16), then
 *       windows-1252, the commonest legacy web encoding; latin-1 and ASCII labels mean windows-1252 too.</li>
 * </ol>
 *
 * <pre>{@code
 * PageCharset.decode(bytes, null)   // the page's text, without a byte-order mark
 * }</pre>
 */
public final class PageCharset {

    private static final int SNIFF = 2048;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:+-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]{0,100}encoding\\s*=\\s*[\"']([A-Za-z0-9_.:+-]{1,40})[\"']");
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:+-]{1,40})");
    static final int ASCII = 0;
    static final int MULTIBYTE_UTF8 = 1;
    static final int NOT_UTF8 = -1;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageCharset() {
    }

    /** The page's text: decoded as {@link #choose} says, a leading byte-order mark removed. */
    public static String decode(byte[] body, String contentType) {
        Charset charset = choose(body, contentType);
        String text = new String(body, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The encoding of {@code body}.
     *
     * @param body        the page bytes
     * @param contentType the HTTP {@code Content-Type} (or only its charset label); may be null
     */
    public static Charset choose(byte[] body, String contentType) {
        Charset bom = byteOrderMark(body);
        if (bom != null) {
            return bom;
        }
        Charset utf16 = unmarkedUtf16(body);
        if (utf16 != null) {
            return utf16;
        }
        int utf8 = utf8(body);
        if (utf8 == MULTIBYTE_UTF8) {
            return StandardCharsets.UTF_8;
        }
        Charset declared = contentType == null ? null : headerCharset(contentType);
        if (declared != null && !declared.name().startsWith("UTF-16")) {
            return declared;
        }
        String head = new String(body, 0, Math.min(body.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        Charset sniffed = meta.find() ? lookUp(meta.group(1)) : null;
        if (sniffed == null) {
            Matcher xml = XML_ENCODING.matcher(head);
            sniffed = xml.find() ? lookUp(xml.group(1)) : null;
        }
        if (sniffed != null) {
            // bytes that are not valid UTF-8 make a UTF-8 or UTF-16 label wrong: legacy it is
            boolean unicode = sniffed.name().startsWith("UTF-");
            return unicode ? (utf8 == ASCII ? StandardCharsets.UTF_8 : WINDOWS_1252) : sniffed;
        }
        // plain ASCII reads the same in UTF-8; anything else undeclared and not UTF-8 is most likely 1252
        return utf8 == ASCII ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /**
     * {@link #ASCII} for 7-bit bytes, {@link #MULTIBYTE_UTF8} for valid UTF-8 with multi-byte sequences,
     * {@link #NOT_UTF8} otherwise. Overlong forms and surrogates count as invalid, as in a strict decoder.
     */
    static int utf8(byte[] b) {
        boolean multibyte = false;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (extra < 0) {
                return NOT_UTF8;
            }
            if (i + extra >= b.length) {
                break; // a sequence cut off by the end of a truncated page says nothing against UTF-8
            }
            int second = b[i + 1] & 0xFF;
            if (c == 0xE0 && second < 0xA0 || c == 0xED && second > 0x9F || c == 0xF0 && second < 0x90
                    || c == 0xF4 && second > 0x8F) {
                return NOT_UTF8;
            }
            for (int k = 1; k <= extra; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return NOT_UTF8;
                }
            }
            multibyte = true;
            i += extra + 1;
        }
        return multibyte ? MULTIBYTE_UTF8 : ASCII;
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

    /** UTF-16 told by zero bytes at every other position of the first few characters. */
    private static Charset unmarkedUtf16(byte[] b) {
        int n = Math.min(b.length, 64) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += b[i] == 0 ? 1 : 0;
            oddZero += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZero * 10 >= pairs * 9 && evenZero == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero * 10 >= pairs * 9 && oddZero == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static Charset headerCharset(String contentType) {
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? lookUp(m.group(1)) : lookUp(contentType.contains("/") ? null : contentType);
    }

    /** A charset by its label, with the WHATWG reading of latin-1 and ASCII labels; null when unknown. */
    static Charset lookUp(String label) {
        String name = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return null;
        }
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")
                || name.equals("iso8859-1") || name.equals("l1")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException badName) {
            return null;
        }
    }
}
