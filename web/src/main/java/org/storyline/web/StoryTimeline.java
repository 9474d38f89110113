package org.storyline.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.storyline.enrich.timeline.TimelineEntry;

/**
 * A story's dated timeline as its page shows it: the story analysis's entries (events of the original articles,
 * relative dates resolved against each article's own date, merged across articles), background left out.
 */
final class StoryTimeline {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** The foreground entries in date order (background facts such as ages and "since 2001" are left out). */
    static List<TimelineEntry> foreground(org.storyline.enrich.analysis.StoryAnalysis analysis) {
        return analysis.timeline().stream().filter(e -> !e.background()).toList();
    }

    /** "25 December 2024", "week of 23 June 2025", "December 2024", "2024". */
    static String date(TimelineEntry entry) {
        return switch (entry.precision()) {
            case DAY -> Show.day(entry.date());
            case WEEK -> "week of " + Show.day(entry.date());
            case MONTH -> MONTH.format(entry.date());
            case YEAR -> String.valueOf(entry.date().getYear());
        };
    }
}
