package org.storyline.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.enrich.timeline.Event;
import org.storyline.enrich.timeline.EventExtractor;
import org.storyline.enrich.timeline.SentenceSplitter;
import org.storyline.enrich.timeline.TimelineBuilder;
import org.storyline.enrich.timeline.TimelineEntry;
import org.storyline.model.StoredArticle;

/**
 * A story's dated timeline, built when its page is shown from its original articles (copies add nothing):
 * events with relative dates resolved against each article's own date, merged across articles.
 */
final class StoryTimeline {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final EventExtractor events = new EventExtractor(new SentenceSplitter());
    private final TimelineBuilder builder = new TimelineBuilder();

    /** The foreground entries in date order (background facts such as ages and "since 2001" are left out). */
    List<TimelineEntry> of(List<StoredArticle> articles) {
        List<Event> all = new ArrayList<>();
        for (StoredArticle a : articles) {
            if (!a.isCopy()) {
                all.addAll(events.extract(a.id(), a.article().text(), a.article().published()));
            }
        }
        return builder.build(all).stream().filter(e -> !e.background()).toList();
    }

    /** "25 December 2024", "week of 23 June 2025", "December 2024", "2024". */
    static String date(TimelineEntry entry) {
        return switch (entry.precision()) {
            case DAY -> DAY.format(entry.date());
            case WEEK -> "week of " + DAY.format(entry.date());
            case MONTH -> MONTH.format(entry.date());
            case YEAR -> String.valueOf(entry.date().getYear());
        };
    }
}
