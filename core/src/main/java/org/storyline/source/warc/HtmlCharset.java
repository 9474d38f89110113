package org.storyline.source.warc;

import java.nio.charset.Charset;
import org.storyline.text.PageCharset;

/**
 * Chooses how to decode an archived HTML body by the one rule every reader of pages shares
 * ({@link PageCharset}): a byte-order mark, then unmarked UTF-16, then bytes that are valid UTF-8, then the
 * HTTP charset, then a {@code <meta>} charset, else windows-1252. Labels follow the WHATWG Encoding Standard
 * where Java differs ("iso-8859-1" and "ascii" are windows-1252).
 */
final class HtmlCharset {

    private HtmlCharset() {}

    static Charset choose(String httpCharset, byte[] body) {
        return PageCharset.choose(body, httpCharset);
    }

    /** The body as text, without a byte-order mark. */
    static String decode(byte[] body, Charset charset) {
        String text = new String(body, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
