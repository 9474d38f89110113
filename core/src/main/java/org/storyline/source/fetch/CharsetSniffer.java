package org.storyline.source.fetch;

import java.nio.charset.Charset;
import org.storyline.text.PageCharset;

/**
 * Picks the encoding of a fetched body by the one rule every reader of pages shares ({@link PageCharset}):
 * a byte-order mark, then unmarked UTF-16, then bytes that are valid UTF-8, then the {@code Content-Type}
 * charset, a {@code <meta charset>} or an XML declaration, else windows-1252.
 *
 * <pre>{@code
 * CharsetSniffer.detect("text/html", bytes) // windows-1252 when the page says <meta charset="windows-1252">
 * }</pre>
 */
public final class CharsetSniffer {

    private CharsetSniffer() {
    }

    public static Charset detect(String contentType, byte[] body) {
        return PageCharset.choose(body, contentType);
    }
}
