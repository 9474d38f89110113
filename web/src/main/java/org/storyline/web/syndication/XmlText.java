package org.storyline.web.syndication;

/**
 * Text made fit for an XML 1.0 document (and, for consistency, every feed format): characters XML cannot
 * carry (C0 controls but tab and newline, lone surrogates, U+FFFE, U+FFFF) are dropped and line ends become
 * {@code \n}, which is what a parser would hand back anyway.
 *
 * <pre>{@code
 * XmlText.clean("a\u0000b\r\nc")  // "ab\nc"
 * }</pre>
 */
public final class XmlText {

    private XmlText() {
    }

    /** The text without characters XML 1.0 forbids, line ends as {@code \n}; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        lines.codePoints().filter(XmlText::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** True for the characters XML 1.0 allows (its production {@code Char}). */
    static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** Text escaped for HTML element content and quoted attributes. */
    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
