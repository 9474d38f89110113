package org.storyline.extract.dump;

import java.util.ArrayList;
import java.util.List;

/**
 * One non-blank line of a dump.
 *
 * @param index      its position among the page's lines (0-based, blank lines counted), for ordering
 * @param text       the text, trimmed
 * @param blankBefore true when a blank line separates it from the previous non-blank line
 */
record Line(int index, String text, boolean blankBefore) {

    /** The non-blank lines of {@code content}, in order. */
    static List<Line> of(String content) {
        String[] raw = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Line> lines = new ArrayList<>();
        boolean blank = false;
        for (int i = 0; i < raw.length; i++) {
            String text = raw[i].replace('\u00A0', ' ').strip();
            if (text.isEmpty()) {
                blank = true;
            } else {
                lines.add(new Line(i, text, blank));
                blank = false;
            }
        }
        return lines;
    }
}
