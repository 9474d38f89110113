package org.storyline.enrich.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * The day a story's event happened, as its articles' leads give it.
 *
 * @param date       the day
 * @param articleIds the articles whose lead dates the event to it (or to the day beside it), in order given
 * @param sentence   the first of their sentences that does
 */
public record EventDay(LocalDate date, List<String> articleIds, String sentence) {

    public EventDay {
        articleIds = List.copyOf(articleIds);
    }
}
