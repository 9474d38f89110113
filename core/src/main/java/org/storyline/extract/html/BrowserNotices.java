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
        return block.length() <= MAX_NOTICE && NOTICE.matcher(block).find();
    }
}
