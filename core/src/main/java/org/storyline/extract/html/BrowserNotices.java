package org.storyline.extract.html;

import java.util.regex.Pattern;

/**
 * Notices a page addresses to the reader's browser rather than to the reader: "This page is best viewed in an
 * up-to-date web browser with style sheets (CSS) enabled", "Please enable JavaScript to view this page",
 * "You are using an outdated browser". Pages ship them hidden by a style sheet or script, so a reader with a
 * current browser never sees them, and an extractor that ignores styles must drop them itself.
 *
 * <pre>{@code
 * BrowserNotices.isNotice("Please upgrade your browser to view this site.");   // true
 * BrowserNotices.isNotice("The browser maker said on Monday it would upgrade its engine.");   // false
 * }</pre>
 *
 * <p>A block is a notice only when it speaks to the reader ("your browser", "please enable") about the
 * browser's own abilities; news about browsers names them in the third person and stays.
 */
final class BrowserNotices {

    /** Notices are a sentence or three; an article paragraph that mentions them is longer. */
    private static final int MAX_NOTICE = 400;

    private static final Pattern NOTICE = Pattern.compile(
            "best viewed (in|with) .*browser|(upgrade|update) your (web )?browser|your (current |web )?browser "
                    + "(is|does not|doesn't|isn't)|(please )?(enable|turn on) (javascript|style ?sheets|cookies)|"
                    + "(javascript|style ?sheets|css)( \\(css\\))? (is |are )?(disabled|enabled|turned off)|"
                    + "outdated (web )?browser|browser (is )?(not supported|out of date)", Pattern.CASE_INSENSITIVE);

    private BrowserNotices() {
    }

    /**
     * True when {@code block} is a notice about the reader's browser and nothing more. Runs on nearly every
     * paragraph of every page, so the pattern ignores case instead of a lower-cased copy being made.
     */
    static boolean isNotice(String block) {
        return block.length() <= MAX_NOTICE && namesWhatANoticeNames(block) && NOTICE.matcher(block).find();
    }

    /** Every notice names one of these; a paragraph without any needs no pattern match. */
    private static final String[] NAMED = {"browser", "javascript", "style", "css", "cookies"};

    /**
     * True when {@code block} names, in any case, a word every alternative of {@link #NOTICE} contains. A scan of
     * the first letters first: the pattern, tried at each position with all its alternatives, cost about 9 µs on a
     * 200-character paragraph, this check about 1.5 µs (8% of extraction went to the pattern, JFR).
     */
    static boolean namesWhatANoticeNames(String block) {
        for (int i = 0; i < block.length(); i++) {
            char c = (char) (block.charAt(i) | 0x20);
            if (c == 'b' || c == 'j' || c == 's' || c == 'c') {
                for (String word : NAMED) {
                    if (block.regionMatches(true, i, word, 0, word.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The pattern alone, for the check that the quick test never hides a notice. */
    static boolean matchesPattern(String block) {
        return NOTICE.matcher(block).find();
    }
}
