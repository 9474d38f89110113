package org.storyline.extract.html;

import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Element;
import org.storyline.model.Published;

/**
 * The publication date a page shows its reader when it declares none: the text of a {@code <time>} element
 * or of a short element whose class or id says date or time ("article-date", "Datum", "fecha"), read as an
 * absolute date in any of the languages {@link MonthNames} knows, or as a relative one ("vor 3 Stunden",
 * "3 часа назад") counted back from the capture time when one is known.
 */
final class VisibleDate {

    private static final ClassWords DATE_NAMES = ClassWords.of("date", "time", "published", "publish", "pubdate",
            "timestamp", "dateline", "datetime", "posted", "datum", "fecha", "data", "date-time", "article-date",
            "post-date", "entry-date", "meta-date", "tarih", "datum-time");
    private static final int MAX_TEXT = 80;
    /** Date-named elements looked at, in document order; the first dates are the article's, later ones teasers'. */
    private static final int MAX_CANDIDATES = 40;

    private final DateParser dates = new DateParser();

    /** The first date shown among {@code elements} (a page body's, in document order), or null. */
    Published find(List<Element> elements, Instant capturedAt) {
        int seen = 0;
        for (Element element : elements) {
            if (!element.nameIs("time") && !DATE_NAMES.names(element)) {
                continue;
            }
            String text = TitleCleaner.collapse(element.text());
            if (text == null || text.length() > MAX_TEXT) {
                continue;
            }
            Published found = dates.parse(text);
            if (found == null) {
                found = RelativeDates.parse(text, capturedAt);
            }
            if (found != null) {
                return found;
            }
            if (++seen >= MAX_CANDIDATES) {
                break;
            }
        }
        return null;
    }
}
