package org.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One charset rule for pages: each case a real page has been seen in. */
class PageCharsetTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String TEXT = "Zürich: Café-Besitzer erhöht Preise – „endlich“";

    private static byte[] page(String meta, String body, Charset charset) {
        return ("<html><head>" + meta + "<title>t</title></head><body><p>" + body + "</p></body></html>")
                .getBytes(charset);
    }

    @Test
    void undeclaredLegacyBytesAreWindows1252() {
        byte[] bytes = page("", TEXT, WINDOWS_1252);
        assertThat(PageCharset.decode(bytes, null)).contains(TEXT);
    }

    @Test
    void utf8BytesWinOverAStaleLatin1Declaration() {
        byte[] bytes = page("<meta charset=\"iso-8859-1\">", TEXT, StandardCharsets.UTF_8);
        assertThat(PageCharset.choose(bytes, null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageCharset.decode(bytes, "text/html; charset=ISO-8859-1")).contains(TEXT);
    }

    @Test
    void aUtf8DeclarationOnLegacyBytesIsOverruled() {
        byte[] bytes = page("<meta charset=\"utf-8\">", TEXT, WINDOWS_1252);
        assertThat(PageCharset.decode(bytes, null)).contains(TEXT).doesNotContain("\uFFFD");
    }

    @Test
    void aDeclaredLegacyCharsetIsHonouredWhenTheBytesAreNotUtf8() {
        String russian = "Москва и Баку обменялись нотами";
        byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">",
                russian, Charset.forName("windows-1251"));
        assertThat(PageCharset.decode(bytes, null)).contains(russian);
        String japanese = "札幌で記録的な大雪、交通機関に乱れ";
        byte[] sjis = page("<meta charset=\"Shift_JIS\">", japanese, Charset.forName("Shift_JIS"));
        assertThat(PageCharset.decode(sjis, null)).contains(japanese);
        byte[] koi8 = page("", russian, Charset.forName("KOI8-R"));
        assertThat(PageCharset.decode(koi8, "text/html; charset=koi8-r")).contains(russian);
    }

    @Test
    void utf16WithAndWithoutByteOrderMark() {
        String mixed = "Баку, 東京, القاهرة and Zürich";
        byte[] marked = page("<meta charset=\"utf-8\">", mixed, StandardCharsets.UTF_16);   // BE with a BOM
        assertThat(PageCharset.decode(marked, null)).startsWith("<html>").contains(mixed);
        byte[] unmarkedLe = page("", mixed, StandardCharsets.UTF_16LE);
        assertThat(PageCharset.choose(unmarkedLe, null)).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(PageCharset.decode(unmarkedLe, null)).contains(mixed);
        byte[] unmarkedBe = page("", mixed, StandardCharsets.UTF_16BE);
        assertThat(PageCharset.decode(unmarkedBe, null)).contains(mixed);
    }

    @Test
    void aByteOrderMarkBeatsTheMetaCharsetAndIsRemoved() {
        byte[] body = page("<meta charset=\"windows-1252\">", TEXT, StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        String text = PageCharset.decode(bytes, "text/html; charset=windows-1252");
        assertThat(text).startsWith("<html>").contains(TEXT);
    }

    @Test
    void latin1LabelsMeanWindows1252AndUnknownLabelsAreIgnored() {
        byte[] quotes = page("<meta charset=\"latin1\">", "\u201cquoted\u201d", WINDOWS_1252);
        assertThat(PageCharset.decode(quotes, null)).contains("\u201cquoted\u201d");
        byte[] unknown = page("<meta charset=\"x-no-such-charset\">", TEXT, WINDOWS_1252);
        assertThat(PageCharset.decode(unknown, null)).contains(TEXT);
    }

    @Test
    void truncatedUtf8AndPlainAscii() {
        byte[] full = page("", "Ελλάδα", StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - "</p></body></html>".length() - 1);
        assertThat(PageCharset.choose(cut, null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageCharset.choose("<p>plain</p>".getBytes(StandardCharsets.US_ASCII), null))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageCharset.decode(new byte[0], null)).isEmpty();
    }
}
