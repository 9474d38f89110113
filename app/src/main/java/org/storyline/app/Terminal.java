package org.storyline.app;

/**
 * Text from outside (file names, feed titles, error messages quoting them) made safe to print on a terminal:
 * control characters ({@code ESC[31m}, BEL, a carriage return that overwrites the line), C1 controls and
 * bidirectional overrides are shown as {@code \x1b} / {@code \u202e} instead of being obeyed.
 *
 * <pre>{@code
 * Terminal.safe("bad\u001b[31mred.txt")   // "bad\x1b[31mred.txt"
 * }</pre>
 */
final class Terminal {

    private Terminal() {
    }

    static String safe(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                out.append("\\x").append(String.format("%02x", c));
            } else if (c >= 0x80 && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                    || c == 0x200e || c == 0x200f || c == 0x061c) {
                out.append("\\u").append(String.format("%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
